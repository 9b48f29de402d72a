package org.smartjustice.platform.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EndpointTest {

    static final String PID = "org.smartjustice.webhooks.endpoint~host";

    static Map<String, Object> config(Object... pairs) {
        Map<String, Object> m = new HashMap<>(Map.of("url", "https://grid.example.gov.cn/hooks/justice",
                "secret", WebhookSignatureTest.SECRET));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                m.remove((String) pairs[i]);
            } else {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    @Test
    void readsAConfigFileAsKarafHandsItOver() {
        Endpoint e = Endpoint.parse(PID, config("events", "rosters.task.*, rosters.member.changed", "tenants", "410102,410122"));
        assertEquals("host", e.name(), "the name after ~ in the PID");
        assertEquals("grid.example.gov.cn", e.url().getHost());
        assertEquals(List.of("rosters.task.*", "rosters.member.changed"), e.events());
        assertEquals(Set.of("410102", "410122"), e.tenants());
        assertEquals(24, e.secret().length);
    }

    @Test
    void arraysAndDefaults() {
        Endpoint e = Endpoint.parse("org.smartjustice.webhooks.endpoint.4711", config("name", "grid-host",
                "events", new String[] { "rosters.*", "venues.venue.created" }));
        assertEquals("grid-host", e.name());
        assertEquals(List.of("rosters.*", "venues.venue.created"), e.events());
        assertEquals(Set.of("*"), e.tenants(), "every tenant by default");
        assertEquals(List.of("*"), Endpoint.parse(PID, config()).events(), "every event by default");
        assertEquals("org.smartjustice.webhooks.endpoint.4711",
                Endpoint.parse("org.smartjustice.webhooks.endpoint.4711", config()).name());
    }

    @Test
    void patternsMatchATypeAPrefixOrEverything() {
        Endpoint e = Endpoint.parse(PID, config("events", "rosters.task.*, venues.venue.created", "tenants", "410102"));
        assertTrue(e.subscribes("rosters.task.accepted", "410102"));
        assertTrue(e.subscribes("rosters.task.card.overdue", "410102"), "a prefix covers every level below it");
        assertTrue(e.subscribes("venues.venue.created", "410102"));
        assertFalse(e.subscribes("venues.venue.created.late", "410102"), "an exact type is exact");
        assertFalse(e.subscribes("rosters.tasks.accepted", "410102"), "a prefix ends at a dot");
        assertFalse(e.subscribes("rosters.task", "410102"));
        assertFalse(e.subscribes("rosters.task.accepted", "410122"), "another tenant");
        Endpoint all = Endpoint.parse(PID, config("events", "*", "tenants", "*"));
        assertTrue(all.subscribes("anything.at.all", "zhengdong"));
    }

    @Test
    void anUnusableConfigurationIsRefusedNamingTheField() {
        assertEquals("url", refused(config("url", null)));
        assertEquals("url", refused(config("url", "not a url")));
        assertEquals("url", refused(config("url", "ftp://grid.example/x")));
        assertEquals("url", refused(config("url", "/relative")));
        assertEquals("url", refused(config("url", "https://user:pw@grid.example/x")));
        assertEquals("secret", refused(config("secret", null)));
        assertEquals("secret", refused(config("secret", "plain-text-secret-that-is-long-enough")));
        assertEquals("secret", refused(config("secret", "whsec_c2hvcnQ=")));
        assertEquals("events", refused(config("events", "rosters.Task.*")));
        assertEquals("events", refused(config("events", "rosters.*.accepted")));
        assertEquals("tenants", refused(config("tenants", "410102, 中原区")));
        assertEquals("name", refused(config("name", "a name with spaces")));
    }

    @Test
    void theSecretIsNeverInTheTextOfAnEndpointOrARefusal() {
        Endpoint e = Endpoint.parse(PID, config());
        assertFalse(e.toString().contains("MfKQ9r8"), e.toString());
        Endpoint.Refused r = assertThrows(Endpoint.Refused.class,
                () -> Endpoint.parse(PID, config("secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La!!!")));
        assertFalse(r.getMessage().contains("MfKQ9r8"), r.getMessage());
    }

    private static String refused(Map<String, Object> config) {
        return assertThrows(Endpoint.Refused.class, () -> Endpoint.parse(PID, config)).field();
    }
}
