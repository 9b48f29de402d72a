package org.smartjustice.platform.internal.webhooks.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

class EnvelopeTest {

    static Envelope parse(String json) {
        return Envelope.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> refusedFields(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> parse(json));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsTheEnvelope() {
        Envelope e = parse("{\"type\":\"supervision.grid-event.reported\",\"timestamp\":\"2024-05-01T08:00:00+08:00\","
                + "\"tenant\":\"410102\",\"data\":{\"id\":\"E1\",\"n\":3,\"tags\":[\"a\"]}}");
        assertEquals("supervision.grid-event.reported", e.type());
        assertEquals("410102", e.tenant());
        assertEquals("2024-05-01T08:00:00+08:00", e.timestamp());
        assertEquals(Map.of("id", "E1", "n", 3, "tags", List.of("a")), e.data());
    }

    @Test
    void timestampAndDataMayBeLeftOut() {
        Envelope e = parse("{\"type\":\"grid.closed\",\"tenant\":\"410102\"}");
        assertNull(e.timestamp());
        assertEquals(Map.of(), e.data());
    }

    @Test
    void refusesWhatIsNoEnvelopeNamingTheField() {
        assertEquals(List.of("body"), refusedFields("not json"));
        assertEquals(List.of("body"), refusedFields("[{\"type\":\"a.b\"}]"));
        assertEquals(List.of("body"), refusedFields("\"a.b\""));
        assertEquals(List.of("type"), refusedFields("{\"tenant\":\"410102\"}"));
        assertEquals(List.of("type"), refusedFields("{\"type\":42,\"tenant\":\"410102\"}"));
        assertEquals(List.of("type"), refusedFields("{\"type\":\"a b\",\"tenant\":\"410102\"}"));
        assertEquals(List.of("tenant"), refusedFields("{\"type\":\"a.b\"}"));
        assertEquals(List.of("tenant"), refusedFields("{\"type\":\"a.b\",\"tenant\":410102}"));
        assertEquals(List.of("data"), refusedFields("{\"type\":\"a.b\",\"tenant\":\"410102\",\"data\":[1]}"));
        assertEquals(List.of("timestamp"), refusedFields("{\"type\":\"a.b\",\"tenant\":\"410102\",\"timestamp\":1614265330}"));
        assertEquals(List.of("type", "tenant"), refusedFields("{}"));
    }

    @Test
    void aBodyInAnotherEncodingThanUtf8IsRefused() {
        String json = "{\"type\":\"a.b\",\"tenant\":\"410102\"}";
        byte[] bom = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] utf16 = json.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        for (byte[] body : new byte[][] { bom, utf16, json.getBytes(java.nio.charset.StandardCharsets.UTF_16) }) {
            ProblemException e = assertThrows(ProblemException.class, () -> Envelope.parse(body));
            assertEquals(List.of("body"), e.errors().stream().map(FieldError::field).toList());
        }
    }
}
