package org.smartjustice.venues.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to venues for other modules. Every method reads the venues of the tenant of the
 * current request (the platform's TenantContext), so a module can never read another tenant's.
 */
@ProviderType
public interface VenueDirectory {

    /** One page of venues matching the query, in name order, and the total count. */
    Result find(VenueQuery query);

    Optional<VenueSummary> get(String id);

    /** The {@code limit} venues of the query nearest to the point, nearest first (WGS-84). */
    List<Nearby> nearest(VenueQuery query, double lon, double lat, int limit);

    /** The time of the last change to the tenant's venues, for caching headers; null when none. */
    java.time.OffsetDateTime lastModified();

    /**
     * A value that changes with every change to the tenant's venues, for validators (ETags): unlike
     * {@link #lastModified()} also for two changes within one clock tick, or committed in another
     * order than they were stamped.
     *
     * @since 1.1
     */
    String revision();

    record Result(List<VenueSummary> items, long total) {
    }

    record Nearby(VenueSummary venue, double distanceMeters) {
    }
}
