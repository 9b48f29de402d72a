package org.smartjustice.platform.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookBodyTest {

    record Task(String id, long version, String title) {
    }

    @Test
    void theBodyIsTheStandardPayloadWithTenantAndSubject() {
        String body = WebhookService.body("rosters.task.accepted", "2026-03-01T09:30:00.123+08:00", "410102",
                "tasks/42", new Task("42", 3, "排查"));
        assertEquals("{\"type\":\"rosters.task.accepted\",\"timestamp\":\"2026-03-01T09:30:00.123+08:00\","
                + "\"tenant\":\"410102\",\"subject\":\"tasks/42\",\"data\":{\"id\":\"42\",\"version\":3,\"title\":\"排查\"}}", body);
        assertEquals("{\"type\":\"a.b\",\"timestamp\":\"t\",\"tenant\":\"x\",\"subject\":null,\"data\":{}}",
                WebhookService.body("a.b", "t", "x", null, null));
        assertEquals("{\"type\":\"a.b\",\"timestamp\":\"t\",\"tenant\":\"x\",\"subject\":\"s\",\"data\":{\"k\":[1,2]}}",
                WebhookService.body("a.b", "t", "x", "s", Map.of("k", new int[] { 1, 2 })));
    }

    @Test
    void dataIsAnObject() {
        assertThrows(IllegalArgumentException.class, () -> WebhookService.body("a.b", "t", "x", null, "text"));
        assertThrows(IllegalArgumentException.class, () -> WebhookService.body("a.b", "t", "x", null, new int[] { 1 }));
    }
}
