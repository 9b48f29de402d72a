package org.smartjustice.platform.internal.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class TimetableTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 8, 0, 0);

    @Test
    void theNextRunIsOnePeriodAfterTheStart() {
        assertEquals(START.plusMinutes(1), Timetable.nextAfter(START, 60, START.plusSeconds(2)));
    }

    @Test
    void missedPeriodsAreSkippedNeverRunBackToBack() {
        // A run that took 2.5 periods: the next is at the third period boundary, not in the past.
        assertEquals(START.plusMinutes(3), Timetable.nextAfter(START, 60, START.plusSeconds(150)));
        // Exactly on a boundary: that one has passed, the next is one period later.
        assertEquals(START.plusMinutes(3), Timetable.nextAfter(START, 60, START.plusMinutes(2)));
        // A node down for a day with an hourly schedule runs once, then keeps the hour of its timetable.
        assertEquals(START.plusHours(25), Timetable.nextAfter(START, 3600, START.plusHours(24).plusMinutes(10)));
    }

    @Test
    void registeringAgainKeepsTheStoredTimeUnlessThePeriodChanged() {
        LocalDateTime now = START.plusMinutes(10);
        LocalDateTime stored = START.plusDays(1);
        assertEquals(stored, Timetable.onRegistration(stored, 86400, START, 86400, now), "a restart does not run it early");
        // From daily to hourly: one hour after the last start, not tomorrow.
        assertEquals(START.plusHours(1), Timetable.onRegistration(stored, 86400, START, 3600, now));
        // Never ran: one new period from now.
        assertEquals(now.plusHours(1), Timetable.onRegistration(stored, 86400, null, 3600, now));
        // From hourly to daily: the stored, sooner time stays (the next run then keeps the new period).
        LocalDateTime soon = START.plusHours(1);
        assertEquals(soon, Timetable.onRegistration(soon, 3600, START, 86400, now));
    }

    @Test
    void storedTextsAreBounded() {
        assertEquals(1000, Timetable.cut("x".repeat(5000), 1000).length());
        assertEquals("short", Timetable.cut("short", 1000));
    }
}
