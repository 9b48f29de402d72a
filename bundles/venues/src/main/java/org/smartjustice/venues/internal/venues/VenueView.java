package org.smartjustice.venues.internal.venues;

import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueSummary;
import org.smartjustice.venues.api.VenueType;

/** A venue as the tenant's REST API shows it; the contact's mobile is masked unless the caller may see it. */
public record VenueView(String id, VenueType type, String typeTitle, CenterLevel level, String name, String address,
                        String streetCode, String streetName, String community, String gridCode, double lon,
                        double lat, String phone, String contactPerson, String contactPhone, String openingHours,
                        List<String> services, String creditCode, boolean creditCodeOverride, String description,
                        VenueStatus status, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
                        Double distanceMeters) {

    static VenueView of(VenueEntity e, String streetName, boolean personalData, Double distance) {
        return new VenueView(e.id(), e.type, e.type.title(), e.level, e.name, e.address, e.streetCode, streetName,
                e.community, e.gridCode, e.lon, e.lat, e.phone, e.contactPerson,
                personalData ? e.contactPhone : PhoneNumbers.mask(e.contactPhone), e.openingHours,
                VenueRules.servicesOf(e.services), e.creditCode, e.creditCodeOverride, e.description, e.status,
                UtcTimes.toOffset(e.createdAt), UtcTimes.toOffset(e.updatedAt), e.version(), distance);
    }

    static VenueSummary summary(VenueEntity e) {
        return new VenueSummary(e.id(), e.type, e.level, e.name, e.address, e.streetCode, e.community, e.lon, e.lat,
                e.phone, e.openingHours, VenueRules.servicesOf(e.services), e.status, UtcTimes.toOffset(e.updatedAt));
    }
}
