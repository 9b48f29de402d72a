package org.smartjustice.venues.internal.venues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.venues.api.VenueQuery;

/**
 * The WHERE clause of a venue query. The tenant is not part of it: EclipseLink adds the tenant
 * condition to every query of the multitenant entity.
 */
final class VenueFilter {

    private final String where;
    private final Map<String, Object> parameters;

    private VenueFilter(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static VenueFilter of(VenueQuery q) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!q.types().isEmpty()) {
            clauses.add("v.type in :types");
            params.put("types", List.copyOf(q.types()));
        }
        if (!q.statuses().isEmpty()) {
            clauses.add("v.status in :statuses");
            params.put("statuses", List.copyOf(q.statuses()));
        }
        if (q.streetCode() != null && !q.streetCode().isBlank()) {
            clauses.add("v.streetCode = :street");
            params.put("street", q.streetCode());
        }
        if (q.text() != null && !q.text().isBlank()) {
            clauses.add("(v.name like :text escape '\\' or v.address like :text escape '\\')");
            params.put("text", Like.containing(q.text()));
        }
        if (q.bbox() != null) {
            clauses.add("v.lon >= :minLon and v.lat >= :minLat and v.lon <= :maxLon and v.lat <= :maxLat");
            params.put("minLon", q.bbox()[0]);
            params.put("minLat", q.bbox()[1]);
            params.put("maxLon", q.bbox()[2]);
            params.put("maxLat", q.bbox()[3]);
        }
        return new VenueFilter(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    String where() {
        return where;
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
