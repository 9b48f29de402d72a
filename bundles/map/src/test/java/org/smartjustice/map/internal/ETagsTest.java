package org.smartjustice.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

class ETagsTest {

    static final OffsetDateTime T = OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 123_000_000, ZoneOffset.ofHours(8));
    static final String URI = "http://localhost:8181/api/v1/public/t/410102/map/collections/venues/items?crs=gcj02";

    /** A revision of the tenant's venues, as VenueDirectory.revision gives it. */
    static final String REV = "2026-03-01T02:15:30.123/10/10";

    @Test
    void sameStateSameTag() {
        String a = ETags.of("map 1", "410102", REV, URI);
        assertEquals(a, ETags.of("map 1", "410102", new String(REV), URI));
        assertEquals(32, a.length());
        assertTrue(a.matches("[0-9a-f]+"));
    }

    @Test
    void anyChangeOfDataRequestTenantOrCodeChangesTheTag() {
        String a = ETags.of("map 1", "410102", REV, URI);
        assertNotEquals(a, ETags.of("map 1", "410122", REV, URI));
        assertNotEquals(a, ETags.of("map 1", "410102", "2026-03-01T02:15:30.123/10/11", URI));
        assertNotEquals(a, ETags.of("map 1", "410102", REV, URI.replace("gcj02", "wgs84")));
        assertNotEquals(a, ETags.of("map 2", "410102", REV, URI));
        assertNotEquals(a, ETags.of("map 1", "410102", null, URI));
        assertEquals(ETags.of("map 1", "410102", null, URI), ETags.of("map 1", "410102", null, URI));
    }

    @Test
    void lastModifiedHasWholeSeconds() {
        assertEquals(Date.from(T.toInstant().minusMillis(123)), ETags.lastModified(T));
        assertNull(ETags.lastModified(null));
    }
}
