package org.smartjustice.academy.internal.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

/** Learning time is credited as the server's clock saw it pass, whatever the reports claim. */
class LearningRulesTest {

    /** A clock the test moves on by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private LearningEntity record;

    private long report(Integer seconds) {
        return report(seconds, null);
    }

    private long report(Integer seconds, Boolean completed) {
        record = LearningRules.report(record, new LearningInput(seconds, completed, null),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        return record.seconds;
    }

    @Test
    void thirtyHoursClaimedInAFewMillisecondsAfterOpeningAreAMinuteAtMost() {
        report(null);
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMillis(10));
            report(3600);
        }
        assertTrue(record.seconds <= LearningRules.GRACE_SECONDS, "credited " + record.seconds);
        assertEquals(LearningRules.GRACE_SECONDS, record.seconds, "the grace is granted once, not per report");
    }

    @Test
    void oneLearnerHasOneClockAcrossItems() {
        // 25 items opened at once, reported on 20 s later, one after another: 20 s in all, not 25 × (20 + 60).
        LearningEntity[] items = new LearningEntity[25];
        LocalDateTime latest = null;
        for (int i = 0; i < items.length; i++) {
            clock.advance(Duration.ofMillis(10));
            LocalDateTime opened = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            items[i] = LearningRules.report(null, new LearningInput(null, null, null), latest, opened);
            latest = opened;
        }
        clock.advance(Duration.ofSeconds(20));
        long total = 0;
        for (int i = 0; i < items.length; i++) {
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            total += LearningRules.report(items[i], new LearningInput(3600, null, null), latest, now).seconds;
            latest = now;
        }
        assertTrue(total <= 20, "credited " + total);
        assertTrue(total >= 19, "the time that passed is credited once: " + total);
    }

    @Test
    void theFirstReportOpensTheItemAndCreditsNothing() {
        assertEquals(0, report(3600));
        assertNotNull(record.openedAt);
        assertEquals(record.openedAt, record.lastAt);
    }

    @Test
    void timeThatPassedIsCreditedAsReported() {
        report(0);
        clock.advance(Duration.ofSeconds(3000));
        assertEquals(3000, report(3000));
        clock.advance(Duration.ofSeconds(600));
        assertEquals(3600, report(600, true));
        assertNotNull(record.completedAt);
    }

    @Test
    void aReportIsCreditedAtMostTheTimeSinceTheLastOnePlusTheGrace() {
        report(0);
        clock.advance(Duration.ofSeconds(100));
        assertEquals(100, report(100));
        clock.advance(Duration.ofSeconds(100));
        // The app's timer ran 20 s ahead (a slow request before): within the grace.
        assertEquals(220, report(120));
        clock.advance(Duration.ofSeconds(100));
        // Claiming the whole hour after 100 s: the rest of the grace (40 s) and no more.
        assertEquals(360, report(3600));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(370, report(3600));
    }

    @Test
    void offlineLearningReportedLaterIsCreditedUpToTheTimeSinceTheLastReportAndTheHourCap() {
        report(0);
        clock.advance(Duration.ofHours(5));
        assertEquals(3600, report(3600), "an hour per report at most");
        clock.advance(Duration.ofMinutes(30));
        // The half hour and the grace: the item's total is still far behind the five and a half hours since it opened.
        assertEquals(3600 + 1800 + LearningRules.GRACE_SECONDS, report(3600));
    }

    @Test
    void timeBeforeALaterOpeningReportIsNotCreditedAfterIt() {
        report(0);
        clock.advance(Duration.ofHours(10));
        report(0);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(65, report(3600), "5 s since the last report, plus the grace");
    }

    @Test
    void aClockThatWentBackCreditsNothingAndKeepsTheLastReport() {
        report(0);
        clock.advance(Duration.ofSeconds(600));
        assertEquals(600, report(600));
        LocalDateTime last = record.lastAt;
        clock.advance(Duration.ofSeconds(-300));
        assertEquals(600, report(600));
        assertEquals(last, record.lastAt);
    }

    @Test
    void theRuleAlone() {
        LocalDateTime opened = LocalDateTime.of(2026, 12, 2, 9, 0);
        assertEquals(55, LearningRules.credit(600, opened, opened, 0, opened.minusSeconds(5)), "a clock 5 s behind");
        assertEquals(0, LearningRules.credit(600, opened, opened, 0, opened.minusSeconds(90)), "a clock far behind");
        assertEquals(60, LearningRules.credit(600, opened, opened, 0, opened));
        assertEquals(3600, LearningRules.credit(7200, opened, opened, 0, opened.plusHours(3)));
        assertEquals(0, LearningRules.credit(600, opened, opened.plusSeconds(100), 160, opened.plusSeconds(100)));
    }
}
