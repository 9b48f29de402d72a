package org.smartjustice.platform.internal.schedules;

import java.time.Duration;
import java.time.LocalDateTime;

/** When a schedule runs next: the arithmetic, apart from the database, so that it can be tested alone. */
final class Timetable {

    private Timetable() {
    }

    /**
     * The first time {@code start + k × period} (k ≥ 1) after {@code now}: a run that took longer
     * than its period, or a node that was down for a while, skips the missed periods instead of
     * running them back to back.
     */
    static LocalDateTime nextAfter(LocalDateTime start, long periodSeconds, LocalDateTime now) {
        LocalDateTime next = start.plusSeconds(periodSeconds);
        if (next.isAfter(now)) {
            return next;
        }
        long behind = Duration.between(start, now).getSeconds();
        return start.plusSeconds((behind / periodSeconds + 1) * periodSeconds);
    }

    /**
     * The next run of a schedule registered again with {@code periodSeconds}: the stored time while
     * the period is unchanged (a restart does not run it early); with a changed period, one new
     * period after the last start (or from now, if it never ran), unless the stored time is sooner.
     */
    static LocalDateTime onRegistration(LocalDateTime storedNext, long storedPeriod, LocalDateTime lastStarted,
                                        long periodSeconds, LocalDateTime now) {
        if (storedPeriod == periodSeconds) {
            return storedNext;
        }
        LocalDateTime byNewPeriod = (lastStarted == null ? now : lastStarted).plusSeconds(periodSeconds);
        return byNewPeriod.isBefore(storedNext) ? byNewPeriod : storedNext;
    }

    /** Stored texts are bounded like the audit log's details. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
