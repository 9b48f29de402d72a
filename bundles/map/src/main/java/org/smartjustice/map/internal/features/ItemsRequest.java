package org.smartjustice.map.internal.features;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;

/**
 * The parameters of {@code /collections/venues/items}, checked and in WGS-84.
 *
 * @param types  venue type codes; empty: all
 * @param text   {@code q}: text in the name or address, or null
 * @param bbox   {@code bbox} converted to WGS-84, or null
 * @param near   {@code near} converted to WGS-84, or null; the answer is then nearest first
 * @param crs    the coordinate system of the answer and of {@code bbox} and {@code near}
 * @param limit  page size, 1 to {@value #MAX_LIMIT}
 * @param offset items skipped
 */
record ItemsRequest(Set<String> types, String text, double[] bbox, LonLat near, CoordinateSystem crs, int limit,
                    int offset) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 1_000_000;
    static final int MAX_TEXT = 100;
    static final Set<String> PARAMETERS = Set.of("bbox", "limit", "offset", "type", "q", "near", "crs", "f");

    ItemsRequest {
        types = Set.copyOf(types);
        bbox = bbox == null ? null : bbox.clone();
    }

    @Override
    public double[] bbox() {
        return bbox == null ? null : bbox.clone();
    }

    VenueSource.Filter filter() {
        return new VenueSource.Filter(types, text, bbox);
    }

    /** @throws org.smartjustice.platform.api.problem.ProblemException 400 naming every bad parameter */
    static ItemsRequest parse(Map<String, List<String>> query, List<VenueSource.Kind> kinds) {
        Params p = new Params(query, PARAMETERS);
        p.format();
        CoordinateSystem crs = p.crs();
        Set<String> types = p.types(kinds);
        String text = p.text("q");
        p.validation().maxLength("q", text, MAX_TEXT);
        double[] bbox = p.bbox(crs);
        LonLat near = p.point("near", crs);
        int limit = p.limit(DEFAULT_LIMIT, MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, MAX_OFFSET);
        p.validation().throwIfInvalid();
        return new ItemsRequest(types, text, bbox, near, crs, limit, offset);
    }
}
