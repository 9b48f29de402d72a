package org.smartjustice.venues.api;

import java.util.Set;

/**
 * A query of one tenant's venues. Null or empty members do not filter. {@code bbox} is
 * {minLon, minLat, maxLon, maxLat} in WGS-84.
 */
public record VenueQuery(Set<VenueType> types, Set<VenueStatus> statuses, String streetCode, String text,
                         double[] bbox, int offset, int limit) {

    public VenueQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("bbox needs 4 numbers");
        }
        bbox = bbox == null ? null : bbox.clone();
    }
}
