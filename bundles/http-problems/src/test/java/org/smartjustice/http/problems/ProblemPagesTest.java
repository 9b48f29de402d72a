package org.smartjustice.http.problems;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProblemPagesTest {

    @Test
    void everyStatusIsAProblemWithTypeTitleAndStatus() {
        for (int status : new int[] { 400, 404, 405, 413, 414, 415, 431, 500, 502, 503, 418 }) {
            String json = new String(ProblemPages.json(status), StandardCharsets.UTF_8);
            assertTrue(json.startsWith("{\"type\":\""), json);
            assertTrue(json.contains("\"status\":" + status + ","), json);
            assertTrue(json.contains("\"title\":\""), json);
            assertFalse(json.contains("Exception") || json.contains("<"), json);
        }
        assertTrue(new String(ProblemPages.json(431), StandardCharsets.UTF_8).contains("headers-too-large"));
        assertTrue(new String(ProblemPages.json(414), StandardCharsets.UTF_8).contains("uri-too-long"));
    }
}
