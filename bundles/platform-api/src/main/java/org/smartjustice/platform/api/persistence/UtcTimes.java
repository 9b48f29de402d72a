package org.smartjustice.platform.api.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps are stored as UTC {@link LocalDateTime} (a plain TIMESTAMP column behaves the same on
 * H2 and PostgreSQL) and shown with the offset of China Standard Time, the users' clock.
 */
public final class UtcTimes {

    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private UtcTimes() {
    }

    public static LocalDateTime now() {
        // Milliseconds: what every supported database keeps, so a value reads back as it was written.
        return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS);
    }

    public static OffsetDateTime toOffset(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DISPLAY_ZONE).toOffsetDateTime();
    }

    public static LocalDateTime toUtc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
