package org.smartjustice.venues.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.smartjustice.venues.api.VenueQuery;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

class VenueStoreTest {

    @Test
    void aPartlyFilledPageTellsTheTotal() {
        assertEquals(OptionalLong.of(47), VenueStore.totalOfPage(40, 20, 7));
        assertEquals(OptionalLong.of(3), VenueStore.totalOfPage(0, 20, 3));
    }

    @Test
    void theRevisionChangesWithChangesTheTimeMisses() {
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 11, 23, 8, 0, 0, 123_000_000);
        String r = new VenueStore.Changes(t, 10, 10).revision();
        // Another venue changed within the same millisecond, or one committed with an older stamp.
        assertNotEquals(r, new VenueStore.Changes(t, 10, 11).revision());
        assertNotEquals(r, new VenueStore.Changes(t, 11, 11).revision());
        assertEquals(r, new VenueStore.Changes(t, 10, 10).revision());
        assertEquals("-/0/0", new VenueStore.Changes(null, 0, 0).revision());
    }

    @Test
    void theSameFiltersGiveTheSameKeyInWhateverOrderTheyCame() {
        VenueQuery one = VenuesResource.query(List.of(VenueType.LAW_FIRM, VenueType.NOTARY_OFFICE, VenueType.JUSTICE_OFFICE),
                List.of(VenueStatus.CLOSED, VenueStatus.ACTIVE), null, null, 0, 20);
        VenueQuery other = VenuesResource.query(List.of(VenueType.JUSTICE_OFFICE, VenueType.NOTARY_OFFICE, VenueType.LAW_FIRM),
                List.of(VenueStatus.ACTIVE, VenueStatus.CLOSED), null, null, 0, 20);

        assertEquals(VenueStore.filterKey(one), VenueStore.filterKey(other));
        assertNotEquals(VenueStore.filterKey(one), VenueStore.filterKey(
                VenuesResource.query(List.of(VenueType.LAW_FIRM), List.of(VenueStatus.CLOSED, VenueStatus.ACTIVE), null, null, 0, 20)));
    }

    @Test
    void theFilterKeyEndsWithTheFreeText() {
        VenueQuery query = VenuesResource.query(List.of(), List.of(), "410102001", "a|b", 40, 20);
        String key = VenueStore.filterKey(query);
        assertTrue(key.endsWith("|a|b"), key);
        // The page is not part of it: every page of a list has the same count.
        assertEquals(key, VenueStore.filterKey(VenuesResource.query(List.of(), List.of(), "410102001", "a|b", 0, 200)));
    }

    @Test
    void aFullPageMustBeCounted() {
        assertEquals(OptionalLong.empty(), VenueStore.totalOfPage(40, 20, 20));
    }

    @Test
    void anEmptyPageMustBeCounted() {
        // Past the end, or nothing matches: only a count tells which.
        assertEquals(OptionalLong.empty(), VenueStore.totalOfPage(400, 20, 0));
        assertEquals(OptionalLong.empty(), VenueStore.totalOfPage(0, 20, 0));
    }
}
