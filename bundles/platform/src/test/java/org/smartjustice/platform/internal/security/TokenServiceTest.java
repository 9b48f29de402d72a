package org.smartjustice.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private static TokenService configured(String secret, Map<String, Object> properties) {
        TokenService service = new TokenService();
        service.configure(TestConfigs.config("", secret, "", 60), properties);
        return service;
    }

    @Test
    void theDemoSecretVerifiesTokensWhileTheDemoProfileIsOn() throws Exception {
        TokenService service = configured(TokenKeys.DEMO_SECRET, Map.of("enabled", true));
        String token = service.mint("ops", null, List.of("PLATFORM_OPERATOR"), List.of("*"), 600);

        assertEquals("ops", service.verify(token).subject());
        assertTrue(service.warning().isEmpty());
    }

    @Test
    void theDemoSecretIsRefusedWhenTheDemoProfileIsOff() throws Exception {
        TokenService demo = configured(TokenKeys.DEMO_SECRET, Map.of("enabled", "true"));
        String token = demo.mint("ops", null, List.of("PLATFORM_OPERATOR"), List.of("*"), 600);

        for (Map<String, Object> off : List.<Map<String, Object>>of(Map.of(), Map.of("enabled", false))) {
            TokenService production = configured(TokenKeys.DEMO_SECRET, off);
            assertThrows(InvalidTokenException.class, () -> production.verify(token));
            assertTrue(production.warning().orElseThrow().contains("演示密钥"));
            assertThrows(IllegalStateException.class,
                    () -> production.mint("x", null, List.of("EDITOR"), List.of("410102"), 60));
        }
    }

    @Test
    void aLiaisonsTokenCarriesTheDepartmentsOrg() throws Exception {
        TokenService service = configured(TestConfigs.SECRET, Map.of());
        String liaison = service.mint("li-1", null, List.of("DEPARTMENT_LIAISON"), List.of("410100"), "DEMO-ZZ-03", 600);
        assertEquals("DEMO-ZZ-03", service.verify(liaison).org());
        String none = service.mint("ops", null, List.of("PLATFORM_OPERATOR"), List.of("*"), 600);
        assertEquals(null, service.verify(none).org());
    }

    @Test
    void anotherSecretWorksWithoutTheDemoProfile() throws Exception {
        TokenService service = configured(TestConfigs.SECRET, Map.of());
        String token = service.mint("ops", null, List.of("PLATFORM_OPERATOR"), List.of("*"), 600);

        assertEquals("ops", service.verify(token).subject());
        assertTrue(service.warning().isEmpty());
    }

    @Test
    void anUnusableConfigurationKeepsTheServiceButRefusesEveryToken() {
        TokenService service = configured("too-short", Map.of());

        assertTrue(service.configurationProblem().orElseThrow().contains("hmacSecret"));
        assertThrows(IllegalStateException.class, () -> service.verify("a.b.c"));
    }
}
