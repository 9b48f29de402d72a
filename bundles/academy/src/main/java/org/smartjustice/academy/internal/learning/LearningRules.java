package org.smartjustice.academy.internal.learning;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How a learner's report counts. Time is credited as the server's clock saw it pass: a report adds
 * at most {@link #MAX_SECONDS}, at most the time since the learner's last report on the item plus
 * {@link #GRACE_SECONDS} (the first report opens it and adds nothing), and never lets the item's
 * total run ahead of the time since it was opened by more than {@link #GRACE_SECONDS}. One person has
 * one clock: once the learner has reported on another item since their last report on this one, this
 * report adds at most the time since that other report, without grace (25 items opened at once and
 * reported on a minute later give a minute, not 25). A burst of reports thus adds what the clock
 * allows, not what the reports say.
 */
final class LearningRules {

    /** The most seconds one report may add: an app that was left open does not count a day. */
    static final int MAX_SECONDS = 3600;

    /**
     * What an app's timer may be ahead of the server's clock: a report that took longer on the way
     * than the one before it, or a phone's clock running fast. Granted once per item, not per report.
     */
    static final int GRACE_SECONDS = 60;

    private LearningRules() {
    }

    /**
     * The seconds a report claiming {@code reported} adds to a record opened at {@code openedAt},
     * last reported at {@code lastAt}, with {@code credited} seconds so far, when the server's clock
     * says {@code now}.
     */
    static long credit(long reported, LocalDateTime openedAt, LocalDateTime lastAt, long credited, LocalDateTime now) {
        return credit(reported, openedAt, lastAt, credited, null, now);
    }

    /** @param elsewhere the learner's latest report on another item, or null */
    static long credit(long reported, LocalDateTime openedAt, LocalDateTime lastAt, long credited, LocalDateTime elsewhere,
                       LocalDateTime now) {
        // Negative when this node's clock is behind the one that wrote the record: the grace covers a little of it.
        long sinceLast = Duration.between(lastAt, now).getSeconds();
        long sinceOpened = Duration.between(openedAt, now).getSeconds();
        long allowed = Math.min(sinceLast + GRACE_SECONDS, sinceOpened + GRACE_SECONDS - credited);
        if (elsewhere != null && elsewhere.isAfter(lastAt)) {
            allowed = Math.min(allowed, Duration.between(elsewhere, now).getSeconds());
        }
        return Math.max(0, Math.min(Math.min(reported, MAX_SECONDS), allowed));
    }

    /**
     * Applies a report made at {@code now} to a learner's record of an item ({@code null}: the
     * first report, which opens the record and credits no time) and returns the record.
     */
    static LearningEntity report(LearningEntity record, LearningInput in, LocalDateTime now) {
        return report(record, in, null, now);
    }

    /** @param elsewhere the learner's latest report on another item, or null */
    static LearningEntity report(LearningEntity record, LearningInput in, LocalDateTime elsewhere, LocalDateTime now) {
        LearningEntity l = record;
        if (l == null) {
            l = new LearningEntity();
            l.openedAt = now;
            l.lastAt = now;
        } else {
            long reported = in.seconds() == null ? 0 : in.seconds();
            l.seconds += credit(reported, l.openedAt, l.lastAt, l.seconds, elsewhere, now);
            l.lastAt = now.isAfter(l.lastAt) ? now : l.lastAt;
        }
        if (Boolean.TRUE.equals(in.completed()) && l.completedAt == null) {
            l.completedAt = now;
        }
        if (in.quizScore() != null) {
            l.quizScore = in.quizScore();
        }
        return l;
    }
}
