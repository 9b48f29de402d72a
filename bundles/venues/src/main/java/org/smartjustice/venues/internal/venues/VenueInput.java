package org.smartjustice.venues.internal.venues;

import java.util.List;

import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

/**
 * A venue as clients send it (REST body, or one row of an import). {@code crs} says in which
 * coordinate system {@code lon}/{@code lat} are given (default WGS-84); they are stored in WGS-84.
 */
public record VenueInput(VenueType type, CenterLevel level, String name, String address, String streetCode,
                         String community, String gridCode, Double lon, Double lat, String crs, String phone,
                         String contactPerson, String contactPhone, String openingHours, List<String> services,
                         String creditCode, Boolean creditCodeOverride, String description, VenueStatus status,
                         Long version) {

    boolean overridesCreditCode() {
        return Boolean.TRUE.equals(creditCodeOverride);
    }
}
