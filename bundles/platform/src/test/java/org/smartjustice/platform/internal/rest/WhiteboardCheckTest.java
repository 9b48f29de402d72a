package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** When the whiteboard lost a registration or a withdrawal (ARIES-2065), and when it is only busy. */
class WhiteboardCheckTest {

    @Test
    void missingAndStaleServicesAreTold() {
        WhiteboardCheck.Difference d = WhiteboardCheck.compare(Set.of(1L, 2L, 3L), Set.of(2L, 3L, 9L));
        assertEquals(Set.of(1L), d.missing());
        assertEquals(Set.of(9L), d.stale());
        assertTrue(WhiteboardCheck.compare(Set.of(1L, 2L), Set.of(2L, 1L)).isEmpty());
    }

    @Test
    void aDifferenceThatLastsIsMendedAndAPassingOneIsNot() {
        WhiteboardCheck check = new WhiteboardCheck();
        WhiteboardCheck.Difference stale = WhiteboardCheck.compare(Set.of(1L), Set.of(1L, 9L));
        WhiteboardCheck.Difference none = WhiteboardCheck.compare(Set.of(1L), Set.of(1L));
        assertFalse(check.observe(stale, 0));
        assertFalse(check.observe(none, 5_000), "a module came and went: nothing to mend");
        for (int i = 1; i < WhiteboardCheck.PATIENCE; i++) {
            assertFalse(check.observe(stale, 10_000L * i));
        }
        assertTrue(check.observe(stale, 60_000), "the same difference, checks in a row");
        assertEquals(1, check.restarts());
    }

    @Test
    void restartsArePacedAndBounded() {
        WhiteboardCheck check = new WhiteboardCheck();
        WhiteboardCheck.Difference missing = WhiteboardCheck.compare(Set.of(1L, 2L), Set.of(1L));
        long now = 0;
        int restarts = 0;
        for (int i = 0; i < 1_000; i++) {
            now += 5_000;
            if (check.observe(missing, now)) {
                restarts++;
                assertTrue(restarts == 1 || now >= WhiteboardCheck.PAUSE_MILLIS, "paced");
            }
        }
        assertEquals(WhiteboardCheck.MAX_RESTARTS, restarts);
    }
}
