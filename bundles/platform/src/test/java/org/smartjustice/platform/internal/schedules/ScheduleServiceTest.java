package org.smartjustice.platform.internal.schedules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ScheduleServiceTest {

    private final ScheduleService service = new ScheduleService();

    @Test
    void refusesBlankNamesShortPeriodsAndNamesThatAreNoPathSegment() {
        for (String name : new String[] { null, "", "  ", "a/b", "with space", "-dash-first", "x".repeat(101) }) {
            assertThrows(IllegalArgumentException.class, () -> service.schedule(name, Duration.ofMinutes(1), t -> { }), name);
        }
        assertThrows(IllegalArgumentException.class, () -> service.schedule("scan", Duration.ofMillis(999), t -> { }));
        assertThrows(IllegalArgumentException.class, () -> service.schedule("scan", null, t -> { }));
        assertThrows(IllegalArgumentException.class, () -> service.schedule("scan", Duration.ofSeconds(1), null));
        assertTrue(ScheduleService.NAME.matcher("task-cards.v2_daily").matches());
    }
}
