package org.smartjustice.platform.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void theNameIsGivenAsAsciiAndAsUtf8PerRfc6266() {
        assertEquals("attachment; filename=\"members.xlsx\"; filename*=UTF-8''members.xlsx",
                Downloads.contentDisposition("members.xlsx"));
        assertEquals("attachment; filename=\"____2026-11.xlsx\"; filename*=UTF-8''%E8%B0%83%E5%BA%A6%E7%BB%9F%E8%AE%A1"
                + "2026-11.xlsx", Downloads.contentDisposition("调度统计2026-11.xlsx"));
    }

    @Test
    void quotesLineBreaksAndOverridesCannotBreakTheHeader() {
        String header = Downloads.contentDisposition("a\"b\r\nSet-Cookie: x\u202E.csv");
        assertFalse(header.contains("\r") || header.contains("\n") || header.contains("\u202E"), header);
        assertEquals("attachment; filename=\"a_b__Set-Cookie: x_.csv\"; filename*=UTF-8''a%22b__Set-Cookie%3A%20x_.csv", header);
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''download", Downloads.contentDisposition(" "));
    }
}
