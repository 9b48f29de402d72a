package org.smartjustice.venues.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public facts of a venue: nothing personal (no contact person, no mobile number), only the
 * institution's own phone. Coordinates are WGS-84.
 */
public record VenueSummary(String id, VenueType type, CenterLevel level, String name, String address,
                           String streetCode, String community, double lon, double lat, String phone,
                           String openingHours, List<String> services, VenueStatus status,
                           OffsetDateTime updatedAt) {

    public VenueSummary {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
