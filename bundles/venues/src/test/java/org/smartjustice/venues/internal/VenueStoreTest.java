package org.smartjustice.venues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

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
        org.junit.jupiter.api.Assertions.assertNotEquals(r, new VenueStore.Changes(t, 10, 11).revision());
        org.junit.jupiter.api.Assertions.assertNotEquals(r, new VenueStore.Changes(t, 11, 11).revision());
        assertEquals(r, new VenueStore.Changes(t, 10, 10).revision());
        assertEquals("-/0/0", new VenueStore.Changes(null, 0, 0).revision());
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
