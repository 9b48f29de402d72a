package org.smartjustice.platform.internal.divisions;

import java.util.List;

import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;

/**
 * A division as the REST API shows it.
 *
 * @param bounds {minLon, minLat, maxLon, maxLat}, WGS-84, approximate (see {@link Division#bounds()})
 */
public record DivisionView(String code, String name, DivisionLevel level, String levelTitle, String parentCode,
                           double[] bounds, List<Child> children) {

    static DivisionView of(Division d, List<Child> children) {
        return new DivisionView(d.code(), d.name(), d.level(), d.level().title(), d.parentCode(), d.bounds().toArray(),
                children);
    }

    public record Child(String code, String name) {
    }
}
