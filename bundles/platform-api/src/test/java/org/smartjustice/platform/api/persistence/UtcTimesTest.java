package org.smartjustice.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class UtcTimesTest {

    @Test
    void storedUtcIsShownWithTheChinaStandardTimeOffset() {
        OffsetDateTime shown = UtcTimes.toOffset(LocalDateTime.of(2024, 3, 1, 16, 30));

        assertEquals(OffsetDateTime.of(2024, 3, 2, 0, 30, 0, 0, ZoneOffset.ofHours(8)), shown);
        assertEquals(ZoneOffset.ofHours(8), shown.getOffset());
    }

    @Test
    void anOffsetTimeIsStoredAsTheSameInstantInUtc() {
        LocalDateTime stored = UtcTimes.toUtc(OffsetDateTime.of(2024, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8)));

        assertEquals(LocalDateTime.of(2024, 3, 2, 0, 0), stored);
    }

    @Test
    void roundTripKeepsTheInstant() {
        OffsetDateTime original = OffsetDateTime.of(2023, 12, 31, 23, 59, 59, 123_000_000, ZoneOffset.ofHours(-5));

        OffsetDateTime back = UtcTimes.toOffset(UtcTimes.toUtc(original));

        assertEquals(original.toInstant(), back.toInstant());
        assertEquals(ZoneOffset.ofHours(8), back.getOffset());
        assertEquals(UtcTimes.toUtc(original), UtcTimes.toUtc(back));
    }

    @Test
    void nullStaysNull() {
        assertNull(UtcTimes.toOffset(null));
        assertNull(UtcTimes.toUtc(null));
    }
}
