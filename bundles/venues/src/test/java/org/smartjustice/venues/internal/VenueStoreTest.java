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
