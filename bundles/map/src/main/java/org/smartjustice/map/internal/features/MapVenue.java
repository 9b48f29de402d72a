package org.smartjustice.map.internal.features;

import java.util.List;

/**
 * A venue as the map shows it: the public facts only (no contact person, no mobile number, no
 * internal notes), coordinates in WGS-84. The map's own type, so that nothing outside
 * {@link DirectoryVenueSource} touches the venues API.
 *
 * @param type       the enum name, e.g. {@code JUSTICE_OFFICE}
 * @param typeTitle  its zh-CN title
 * @param level      the center level for a 公共法律服务中心, else null
 * @param levelTitle its zh-CN title, else null
 */
public record MapVenue(String id, String type, String typeTitle, String level, String levelTitle, String name,
                       String address, String streetCode, double lon, double lat, String phone,
                       String openingHours, List<String> services) {

    public MapVenue {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
