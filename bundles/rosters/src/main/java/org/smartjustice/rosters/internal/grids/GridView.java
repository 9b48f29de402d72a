package org.smartjustice.rosters.internal.grids;

import java.time.OffsetDateTime;

import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.persistence.UtcTimes;

/** A grid cell as the API shows it, with the names of its community and street. */
public record GridView(String code, String name, String communityCode, String communityName, String streetCode,
                       String streetName, Double lon, Double lat, long version, OffsetDateTime updatedAt) {

    public static GridView of(GridCellEntity g, Divisions divisions) {
        return new GridView(g.code, g.name, g.communityCode, nameOf(divisions, g.communityCode), g.streetCode,
                nameOf(divisions, g.streetCode), g.lon, g.lat, g.version(), UtcTimes.toOffset(g.updatedAt));
    }

    static String nameOf(Divisions divisions, String code) {
        return code == null ? null : divisions.find(code).map(Division::name).orElse(null);
    }
}
