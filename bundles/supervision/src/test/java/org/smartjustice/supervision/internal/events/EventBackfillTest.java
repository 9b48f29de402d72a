package org.smartjustice.supervision.internal.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;

class EventBackfillTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesEndAtNewlinesWithOrWithoutCarriageReturns() throws IOException {
        EventBackfill.Lines in = new EventBackfill.Lines(new ByteArrayInputStream(utf8("{\"a\":1}\r\n\n{\"b\":2}")));
        assertArrayEquals(utf8("{\"a\":1}"), in.next());
        assertArrayEquals(new byte[0], in.next());
        assertArrayEquals(utf8("{\"b\":2}"), in.next());
        assertNull(in.next());
    }

    @Test
    void aLineLongerThanTheBufferIsReadWholeAndAnOverlongOneIsCutAfterTheLimit() throws IOException {
        String longLine = "x".repeat(200_000);
        byte[] huge = new byte[EventsResource.MAX_BODY + 5000];
        java.util.Arrays.fill(huge, (byte) 'y');
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(utf8(longLine + "\n"));
        all.write(huge);
        all.write(utf8("\nlast"));
        EventBackfill.Lines in = new EventBackfill.Lines(new ByteArrayInputStream(all.toByteArray()));
        assertEquals(200_000, in.next().length);
        assertEquals(EventsResource.MAX_BODY + 1, in.next().length);
        assertArrayEquals(utf8("last"), in.next());
        assertNull(in.next());
    }

    @Test
    void eachBadLineIsReportedWithItsNumberAndFieldsAndGoodOnesPass() throws Exception {
        EventBackfill.Tally tally = new EventBackfill.Tally();
        String good = new ObjectMapper().writeValueAsString(EventRulesTest.event());
        assertNotNull(EventBackfill.parse(utf8(good), 1, "backfill:t/j#1", tally));
        assertNull(EventBackfill.parse(utf8("   "), 2, "x", tally), "a blank line is skipped");
        assertNull(EventBackfill.parse(utf8("{\"eventId\": "), 3, "x", tally));
        assertNull(EventBackfill.parse(new byte[] { '{', (byte) 0xC3, '}' }, 4, "x", tally));
        assertNull(EventBackfill.parse(utf8(good.replace("\"version\":3", "\"version\":0")), 5, "x", tally));
        EventBackfill.Report report = tally.report(5);
        assertEquals(3, report.rejected());
        List<EventBackfill.RejectedLine> lines = report.rejectedLines();
        assertEquals(List.of(3L, 4L, 5L), lines.stream().map(EventBackfill.RejectedLine::line).toList());
        assertEquals("body", lines.get(0).errors().get(0).field());
        assertEquals("line", lines.get(1).errors().get(0).field());
        assertEquals("ZY-2026-000123", lines.get(2).eventId());
        assertTrue(lines.get(2).errors().stream().map(FieldError::field).anyMatch("version"::equals), lines.get(2).toString());
    }

    @Test
    void aReportNamesAtMostAThousandRejectedLines() {
        EventBackfill.Tally tally = new EventBackfill.Tally();
        for (int i = 1; i <= 1005; i++) {
            tally.reject(i, null, List.of(new FieldError("line", "x")));
        }
        EventBackfill.Report report = tally.report(1005);
        assertEquals(1005, report.rejected());
        assertEquals(1000, report.rejectedLines().size());
        assertTrue(report.moreRejected());
    }
}
