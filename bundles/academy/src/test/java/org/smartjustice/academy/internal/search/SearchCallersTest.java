package org.smartjustice.academy.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;

/** Who a caller is for the editors' query lists, and how that is kept (a salted hash, never the caller). */
class SearchCallersTest {

    @Test
    void aSignedInCallerIsTheirSubjectWhereverTheyCallFrom() {
        Principal p = new Principal("zy-worker-1", "网格员", Set.of(Role.GRID_WORKER), Set.of("410102"));
        assertEquals("sub:zy-worker-1", SearchLog.callerOf(p, "10.0.0.1"));
        assertEquals(SearchLog.callerOf(p, "10.0.0.1"), SearchLog.callerOf(p, "10.0.0.2"));
    }

    @Test
    void anAnonymousCallerIsTheClientAddress() {
        assertEquals("address:10.0.0.1", SearchLog.callerOf(Principal.ANONYMOUS, "10.0.0.1"));
        assertNotEquals(SearchLog.callerOf(Principal.ANONYMOUS, "10.0.0.1"), SearchLog.callerOf(Principal.ANONYMOUS, "10.0.0.2"));
        assertEquals("address:unknown", SearchLog.callerOf(Principal.ANONYMOUS, null));
        // Nobody can pass for a signed-in user by the address they call from.
        assertNotEquals(SearchLog.callerOf(new Principal("10.0.0.1", null, Set.of(Role.GRID_WORKER), Set.of()), null),
                SearchLog.callerOf(Principal.ANONYMOUS, "10.0.0.1"));
    }

    @Test
    void theHashNamesNeitherTheCallerNorTheQueryAndChangesWithTheSaltAndTheQuery() {
        String h = SearchQueryStore.hash("salt-a", "火星移民签证", "address:10.0.0.1");
        assertEquals(64, h.length());
        assertFalse(h.contains("10.0.0.1"));
        assertEquals(h, SearchQueryStore.hash("salt-a", "火星移民签证", "address:10.0.0.1"));
        for (String other : List.of(SearchQueryStore.hash("salt-b", "火星移民签证", "address:10.0.0.1"),
                SearchQueryStore.hash("salt-a", "法律援助", "address:10.0.0.1"),
                SearchQueryStore.hash("salt-a", "火星移民签证", "address:10.0.0.2"))) {
            assertNotEquals(h, other);
        }
    }
}
