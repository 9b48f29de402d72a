package org.smartjustice.map.internal.features;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The venues of the current request's tenant that the public may see (status active), as the map
 * reads them. Implemented by {@link DirectoryVenueSource} over the venues module's API; every
 * method throws {@link VenuesUnavailable} while that module is not there.
 */
public interface VenueSource {

    /** The venue types, in their order, with their zh-CN titles. */
    List<Kind> kinds();

    /** One page in name order, and how many match in all. */
    Found find(Filter filter, int offset, int limit);

    /** An active venue, or empty. */
    Optional<MapVenue> get(String id);

    /** The {@code limit} nearest to a WGS-84 point, nearest first (the filter's bbox is ignored). */
    List<Near> nearest(Filter filter, double lon, double lat, int limit);

    /** The last change to the tenant's venues, or null when it has none. */
    OffsetDateTime lastModified();

    /** Changes with every change to the tenant's venues (see VenueDirectory.revision). */
    String revision();

    record Kind(String code, String title) {
    }

    /**
     * @param types enum names of venue types; empty: all
     * @param text  text in the name or address, or null
     * @param bbox  {minLon, minLat, maxLon, maxLat} in WGS-84, or null
     */
    record Filter(Set<String> types, String text, double[] bbox) {

        public Filter {
            types = types == null ? Set.of() : Set.copyOf(types);
            bbox = bbox == null ? null : bbox.clone();
        }

        @Override
        public double[] bbox() {
            return bbox == null ? null : bbox.clone();
        }
    }

    record Found(List<MapVenue> items, long total) {
    }

    record Near(MapVenue venue, double meters) {
    }
}
