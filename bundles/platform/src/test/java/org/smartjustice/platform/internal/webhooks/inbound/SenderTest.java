package org.smartjustice.platform.internal.webhooks.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SenderTest {

    static final String SECRET = InboundSignatureTest.SECRET;
    static final String OTHER = InboundSignatureTest.OTHER_SECRET;

    @Test
    void readsACfgFile() {
        Sender s = Sender.parse("org.smartjustice.webhooks.sender~grid", Map.of("secrets", SECRET + ", " + OTHER,
                "tenants", "410102,410122"));
        assertEquals("grid", s.name());
        assertEquals(2, s.secrets().size());
        assertEquals(Set.of("410102", "410122"), s.tenants());
        assertEquals(300, s.tolerance().toSeconds());
        assertTrue(s.speaksFor("410102"));
        assertFalse(s.speaksFor("410105"));
        assertFalse(s.toString().contains("MfKQ"), s.toString());
    }

    @Test
    void readsArraysAndAnExplicitName() {
        Sender s = Sender.parse("pid", Map.of("name", "host-a", "secrets", new String[] { SECRET }, "tenants", new String[] { "*" },
                "toleranceSeconds", 60));
        assertEquals("host-a", s.name());
        assertTrue(s.speaksFor("anything"));
        assertEquals(60, s.tolerance().toSeconds());
    }

    @Test
    void refusesNamingTheFieldNeverTheValue() {
        assertEquals("secrets", refused(Map.of("tenants", "*")).field());
        Sender.Refused bad = refused(Map.of("secrets", SECRET + ",whsec_not-base64!", "tenants", "*"));
        assertEquals("secrets", bad.field());
        assertTrue(bad.reason().startsWith("第 2 个"), bad.reason());
        assertFalse(bad.getMessage().contains("not-base64"), bad.getMessage());
        assertEquals("tenants", refused(Map.of("secrets", SECRET)).field());
        assertEquals("tenants", refused(Map.of("secrets", SECRET, "tenants", "410102,ALL")).field());
        assertEquals("toleranceSeconds", refused(Map.of("secrets", SECRET, "tenants", "*", "toleranceSeconds", "0")).field());
        assertEquals("toleranceSeconds", refused(Map.of("secrets", SECRET, "tenants", "*", "toleranceSeconds", "soon")).field());
        assertEquals("name", refused(Map.of("name", "a/b", "secrets", SECRET, "tenants", "*")).field());
    }

    private static Sender.Refused refused(Map<String, ?> properties) {
        return assertThrows(Sender.Refused.class, () -> Sender.parse("org.smartjustice.webhooks.sender~x", properties));
    }

    @Test
    void aNameIsUsedOnce() {
        InboundSenders senders = new InboundSenders();
        Sender a = Sender.parse("p~a", Map.of("secrets", SECRET, "tenants", "*"));
        assertTrue(senders.put("p~a", a));
        assertFalse(senders.put("p~other", Sender.parse("p~other", Map.of("name", "a", "secrets", OTHER, "tenants", "*"))));
        assertEquals(a, senders.named("a").orElseThrow());
        senders.remove("p~a");
        assertTrue(senders.named("a").isEmpty());
    }
}
