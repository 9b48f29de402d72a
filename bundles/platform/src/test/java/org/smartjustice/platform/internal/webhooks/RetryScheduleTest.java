package org.smartjustice.platform.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void theDefaultIsStandardWebhooksEightAttempts() {
        RetrySchedule r = RetrySchedule.parse(RetrySchedule.DEFAULT);
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)), r.waits());
        assertEquals(8, r.attempts());
        assertEquals(Optional.of(Duration.ofSeconds(5)), r.after(1), "after the first, immediate attempt");
        assertEquals(Optional.of(Duration.ofHours(10)), r.after(7));
        assertEquals(Optional.empty(), r.after(8), "the eighth failure is the last: FAILED");
        assertEquals(Optional.empty(), r.after(9), "one more attempt after a manual retry, then FAILED again");
    }

    @Test
    void readsUnitsAndSpaces() {
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofDays(1)),
                RetrySchedule.parse(" 500ms,1 s , 1D").waits());
        assertEquals(List.of(), RetrySchedule.parse("").waits(), "no retries: FAILED after the first attempt");
        assertEquals(Optional.empty(), RetrySchedule.parse("").after(1));
    }

    @Test
    void refusesWhatIsNoDurationNamingIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("5s, soon")).getMessage()
                .contains("soon"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("5"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("-5s"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("1s,".repeat(51)));
    }
}
