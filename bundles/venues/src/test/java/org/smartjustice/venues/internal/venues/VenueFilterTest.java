package org.smartjustice.venues.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.junit.jupiter.api.Test;
import org.smartjustice.venues.api.VenueQuery;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

class VenueFilterTest {

    @Test
    void emptyQueryHasNoWhereClause() {
        VenueFilter f = VenueFilter.of(new VenueQuery(null, null, null, null, null, 0, 20));
        assertEquals("", f.where());
        assertEquals(Map.of(), bound(f));
    }

    @Test
    void blankStreetAndTextDoNotFilter() {
        VenueFilter f = VenueFilter.of(new VenueQuery(Set.of(), Set.of(), " ", "  ", null, 0, 20));
        assertEquals("", f.where());
    }

    @Test
    void everyFilterGivenIsInTheWhereClauseAndBound() {
        double[] bbox = { 113.5, 34.7, 113.7, 34.8 };
        VenueQuery q = new VenueQuery(Set.of(VenueType.LAW_FIRM), Set.of(VenueStatus.ACTIVE), "410102001",
                " 50%_公证 ", bbox, 0, 20);
        VenueFilter f = VenueFilter.of(q);
        String where = f.where();
        assertTrue(where.startsWith(" where "), where);
        assertTrue(where.contains("v.type in :types"), where);
        assertTrue(where.contains("v.status in :statuses"), where);
        assertTrue(where.contains("v.streetCode = :street"), where);
        assertTrue(where.contains("v.name like :text"), where);
        assertTrue(where.contains("v.address like :text"), where);
        assertTrue(where.contains(":minLon") && where.contains(":minLat") && where.contains(":maxLon")
                && where.contains(":maxLat"), where);

        Map<String, Object> p = bound(f);
        assertEquals(List.of(VenueType.LAW_FIRM), p.get("types"));
        assertEquals(List.of(VenueStatus.ACTIVE), p.get("statuses"));
        assertEquals("410102001", p.get("street"));
        assertEquals("%50\\%\\_公证%", p.get("text"));
        assertEquals(113.5, p.get("minLon"));
        assertEquals(34.7, p.get("minLat"));
        assertEquals(113.7, p.get("maxLon"));
        assertEquals(34.8, p.get("maxLat"));
        assertEquals(8, p.size());
    }

    @Test
    void onlyTheFiltersGivenAreInTheWhereClause() {
        VenueFilter f = VenueFilter.of(new VenueQuery(Set.of(VenueType.NOTARY_OFFICE, VenueType.LAW_FIRM), null,
                null, null, null, 0, 20));
        assertEquals(" where v.type in :types", f.where());
        Map<String, Object> p = bound(f);
        assertEquals(Set.of("types"), p.keySet());
        assertEquals(Set.of(VenueType.NOTARY_OFFICE, VenueType.LAW_FIRM), Set.copyOf((List<?>) p.get("types")));

        VenueFilter bboxOnly = VenueFilter.of(new VenueQuery(null, null, null, null,
                new double[] { 1, 2, 3, 4 }, 0, 20));
        assertFalse(bboxOnly.where().contains("v.type"), bboxOnly.where());
        assertTrue(bboxOnly.where().contains("v.lon >= :minLon"), bboxOnly.where());
        assertEquals(4, bound(bboxOnly).size());
    }

    /** The parameters bind() sets, recorded by a hand-written TypedQuery fake. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> bound(VenueFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object> fake = (TypedQuery<Object>) Proxy.newProxyInstance(VenueFilterTest.class.getClassLoader(),
                new Class<?>[] { TypedQuery.class }, (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String name) {
                        Object previous = params.put(name, args[1]);
                        assertEquals(null, previous, "parameter bound twice: " + name);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
        assertSame(fake, filter.bind(fake));
        return params;
    }
}
