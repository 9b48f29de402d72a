package org.smartjustice.platform.api.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Timestamps are stored as UTC {@link LocalDateTime} (a plain TIMESTAMP column behaves the same on
 * H2 and PostgreSQL) and shown with the offset of China Standard Time, the users' clock.
 */
public final class UtcTimes {

    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private UtcTimes() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }

    public static OffsetDateTime toOffset(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DISPLAY_ZONE).toOffsetDateTime();
    }

    public static LocalDateTime toUtc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
