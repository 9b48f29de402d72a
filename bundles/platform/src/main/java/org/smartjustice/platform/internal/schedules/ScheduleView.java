package org.smartjustice.platform.internal.schedules;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * A schedule as operators see it. {@code running}: claimed by {@code claimedBy} until
 * {@code claimedUntil}; a claim past its time belongs to a node that stopped and is taken over.
 */
public record ScheduleView(String name, String module, long periodSeconds, OffsetDateTime nextRunAt, boolean running,
                           String claimedBy, OffsetDateTime claimedUntil, OffsetDateTime lastStartedAt,
                           OffsetDateTime lastFinishedAt, String lastOutcome, String lastMessage, long runs) {

    static ScheduleView of(ScheduleEntity s, LocalDateTime now) {
        boolean running = s.claimedUntil != null && !s.claimedUntil.isBefore(now);
        int slash = s.name.lastIndexOf('/');
        return new ScheduleView(s.name, slash < 0 ? null : s.name.substring(0, slash), s.periodSeconds,
                UtcTimes.toOffset(s.nextRunAt), running, s.claimedBy, UtcTimes.toOffset(s.claimedUntil),
                UtcTimes.toOffset(s.lastStartedAt), UtcTimes.toOffset(s.lastFinishedAt), s.lastOutcome, s.lastMessage,
                s.runs);
    }
}
