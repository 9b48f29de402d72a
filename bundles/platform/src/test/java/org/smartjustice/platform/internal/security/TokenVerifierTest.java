package org.smartjustice.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;

class TokenVerifierTest {

    private static KeyPair rsa;
    private static String rsaPem;

    @BeforeAll
    static void generateRsaKey() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        rsa = gen.generateKeyPair();
        rsaPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(rsa.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }

    private static TokenVerifier hmacVerifier() {
        return new TokenVerifier(TestConfigs.hmac(TestConfigs.SECRET));
    }

    private static JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder()
                .subject("zhang.san")
                .claim("name", "张三")
                .claim("roles", List.of("DISTRICT_ADMIN"))
                .claim("tenants", List.of("410102"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
    }

    private static String hs256(String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String rs256(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(rsa.getPrivate()));
        return jwt.serialize();
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mintedHs256TokenVerifiesToItsPrincipal() throws Exception {
        TokenKeys keys = TestConfigs.hmac(TestConfigs.SECRET);
        String token = new TokenMinter(keys).mint("li.si", "李四", List.of("DISTRICT_ADMIN", "EDITOR"),
                List.of("410102", "410103"), 600);

        Principal p = new TokenVerifier(keys).verify(token);

        assertEquals("li.si", p.subject());
        assertEquals("李四", p.name());
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.EDITOR), p.roles());
        assertEquals(Set.of("410102", "410103"), p.tenants());
    }

    @Test
    void theHostOrganisationUnitIsOnThePrincipalAndMustBeAString() throws Exception {
        Principal liaison = hmacVerifier().verify(hs256(TestConfigs.SECRET, validClaims()
                .claim("roles", List.of("DEPARTMENT_LIAISON")).claim("org", "ZZ-CGJ").build()));
        assertEquals("ZZ-CGJ", liaison.org());
        assertEquals(null, hmacVerifier().verify(hs256(TestConfigs.SECRET, validClaims().build())).org());
        String numeric = hs256(TestConfigs.SECRET, validClaims().claim("org", 4101).build());
        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(numeric));
    }

    @Test
    void wildcardTenantSurvivesTheRoundTrip() throws Exception {
        TokenKeys keys = TestConfigs.hmac(TestConfigs.SECRET);
        String token = new TokenMinter(keys).mint("ops", null, List.of("PLATFORM_OPERATOR"), List.of("*"), 600);

        Principal p = new TokenVerifier(keys).verify(token);

        assertEquals("ops", p.name());
        assertEquals(true, p.mayActFor("410185"));
    }

    @Test
    void aSignedPayloadThatIsNotJsonIsRefusedNotAnError() throws Exception {
        // What a hand-written token with an unescaped quote in its subject becomes: signed, but no JSON object.
        com.nimbusds.jose.JWSObject jwt = new com.nimbusds.jose.JWSObject(new JWSHeader(JWSAlgorithm.HS256),
                new com.nimbusds.jose.Payload("{\"sub\":\"=HYPERLINK(\"x\")\"}"));
        jwt.sign(new MACSigner(TestConfigs.SECRET.getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(jwt.serialize()));
    }

    @Test
    void unknownRolesOfTheHostAreIgnored() throws Exception {
        String token = hs256(TestConfigs.SECRET,
                validClaims().claim("roles", List.of("HOST_SUPERUSER", "EDITOR")).build());

        assertEquals(Set.of(Role.EDITOR), hmacVerifier().verify(token).roles());
    }

    @Test
    void claimsOfTheWrongTypeAreRejected() throws Exception {
        // A string is not a list: "*" as a string once read as every tenant.
        for (JWTClaimsSet claims : List.of(
                validClaims().claim("tenants", "*").build(),
                validClaims().claim("tenants", "410102, 410105").build(),
                validClaims().claim("roles", "EDITOR,SUPERVISOR").build(),
                validClaims().claim("roles", List.of("EDITOR", 5)).build(),
                validClaims().claim("tenants", List.of(410102)).build(),
                validClaims().claim("name", 123).build(),
                validClaims().claim("roles", java.util.Map.of("EDITOR", true)).build(),
                validClaims().claim("sub", 123).build(),
                validClaims().issueTime(Date.from(Instant.now().plusSeconds(6000))).build())) {
            String token = hs256(TestConfigs.SECRET, claims);
            assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token), claims.toString());
        }
    }

    @Test
    void aTokenLivingLongerThanAllowedIsRejected() throws Exception {
        String year9999 = hs256(TestConfigs.SECRET, validClaims()
                .expirationTime(Date.from(Instant.parse("9999-12-31T00:00:00Z"))).build());
        String twoDaysFromNow = hs256(TestConfigs.SECRET, validClaims()
                .expirationTime(Date.from(Instant.now().plusSeconds(2 * 86400))).build());
        String issuedLongAgo = hs256(TestConfigs.SECRET, validClaims()
                .issueTime(Date.from(Instant.now().minusSeconds(3 * 86400))).build());

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(year9999));
        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(twoDaysFromNow));
        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(issuedLongAgo));
    }

    @Test
    void aTokenWithinTheMaximumLifetimeIsAccepted() throws Exception {
        String token = hs256(TestConfigs.SECRET, validClaims().issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(86400))).build());

        assertEquals("zhang.san", hmacVerifier().verify(token).subject());
    }

    @Test
    void expiredTokenIsRejected() throws Exception {
        String token = hs256(TestConfigs.SECRET,
                validClaims().expirationTime(Date.from(Instant.now().minusSeconds(600))).build());

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsAccepted() throws Exception {
        String token = hs256(TestConfigs.SECRET,
                validClaims().expirationTime(Date.from(Instant.now().minusSeconds(20))).build());

        assertEquals("zhang.san", hmacVerifier().verify(token).subject());
    }

    @Test
    void aTokenSeenBeforeIsRejectedOnceItExpires() throws Exception {
        Instant issued = Instant.parse("2026-11-23T08:00:00Z");
        MutableClock clock = new MutableClock(issued);
        TokenVerifier verifier = new TokenVerifier(TestConfigs.hmac(TestConfigs.SECRET), clock);
        String token = hs256(TestConfigs.SECRET, validClaims().expirationTime(Date.from(issued.plusSeconds(600))).build());

        assertEquals("zhang.san", verifier.verify(token).subject());
        assertEquals("zhang.san", verifier.verify(token).subject());
        assertEquals(1L, verifier.cachedTokens());

        clock.now = issued.plusSeconds(600 + 3600);
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertEquals("令牌已过期", e.getMessage());
    }

    @Test
    void rejectedTokensAreNotRemembered() throws Exception {
        TokenVerifier verifier = hmacVerifier();
        String foreign = hs256(TestConfigs.OTHER_SECRET, validClaims().build());

        assertThrows(InvalidTokenException.class, () -> verifier.verify(foreign));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(foreign));
        assertEquals(0L, verifier.cachedTokens());
    }

    @Test
    void theCacheOfVerifiedTokensStaysBounded() throws Exception {
        TokenKeys keys = TestConfigs.hmac(TestConfigs.SECRET);
        TokenVerifier verifier = new TokenVerifier(keys);
        TokenMinter minter = new TokenMinter(keys);
        for (int i = 0; i <= TokenVerifier.CACHE_LIMIT; i++) {
            verifier.verify(minter.mint("user" + i, null, List.of("GRID_WORKER"), List.of("410102"), 600));
        }
        assertTrue(verifier.cachedTokens() <= TokenVerifier.CACHE_LIMIT, "cache size " + verifier.cachedTokens());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tokenNotYetValidIsRejected() throws Exception {
        String token = hs256(TestConfigs.SECRET,
                validClaims().notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build());

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void tokenWithoutExpiryIsRejected() throws Exception {
        String token = hs256(TestConfigs.SECRET, validClaims().expirationTime(null).build());

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void tokenWithoutSubjectIsRejected() throws Exception {
        String token = hs256(TestConfigs.SECRET, validClaims().subject(null).build());

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void aSubjectWithSurroundingBlanksOrControlCharactersIsRejected() throws Exception {
        for (String sub : new String[] { " ed102a", "ed102a ", "ed102a\u200b", "ed\u0000102a", "ed102a\t", "ed\n102a",
                "ed102a\u00a0", "ed102a\u2007", "ed102a\u202f", "ed102a\u034f", "ed102a\ufe0f", "ed102a\u3164", "\u00a0",
                "ed\u00a0102a" }) {
            String token = hs256(TestConfigs.SECRET, validClaims().subject(sub).build());
            assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token), sub);
        }
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejected() throws Exception {
        String token = new TokenMinter(TestConfigs.hmac(TestConfigs.OTHER_SECRET))
                .mint("mallory", null, List.of("PLATFORM_OPERATOR"), List.of("*"), 600);

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void tamperedPayloadIsRejected() throws Exception {
        String[] parts = hs256(TestConfigs.SECRET, validClaims().build()).split("\\.");
        String forged = parts[0] + "."
                + base64url("{\"sub\":\"zhang.san\",\"roles\":[\"PLATFORM_OPERATOR\"],\"tenants\":[\"*\"],\"exp\":"
                        + (Instant.now().getEpochSecond() + 600) + "}")
                + "." + parts[2];

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(forged));
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String token = base64url("{\"alg\":\"none\"}") + "."
                + base64url("{\"sub\":\"mallory\",\"roles\":[\"PLATFORM_OPERATOR\"],\"tenants\":[\"*\"],\"exp\":"
                        + (Instant.now().getEpochSecond() + 600) + "}")
                + ".";

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void garbageIsRejected() {
        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify("not-a-token"));
        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(""));
    }

    @Test
    void rs256TokenIsAcceptedWithTheConfiguredPublicKey() throws Exception {
        TokenVerifier verifier = new TokenVerifier(TokenKeys.from(TestConfigs.config("", "", rsaPem, 60)));

        Principal p = verifier.verify(rs256(validClaims().build()));

        assertEquals("zhang.san", p.subject());
        assertEquals(Set.of(Role.DISTRICT_ADMIN), p.roles());
    }

    @Test
    void rs256TokenIsRejectedWhenOnlyHs256IsConfigured() throws Exception {
        String token = rs256(validClaims().build());

        assertThrows(InvalidTokenException.class, () -> hmacVerifier().verify(token));
    }

    @Test
    void rs256TokenSignedByAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        String otherPublic = Base64.getEncoder().encodeToString(gen.generateKeyPair().getPublic().getEncoded());
        TokenVerifier verifier = new TokenVerifier(TokenKeys.from(TestConfigs.config("", "", otherPublic, 60)));
        String token = rs256(validClaims().build());

        assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
    }

    @Test
    void hs256TokenIsRejectedWhenOnlyRs256IsConfigured() throws Exception {
        TokenVerifier verifier = new TokenVerifier(TokenKeys.from(TestConfigs.config("", "", rsaPem, 60)));
        String token = hs256(TestConfigs.SECRET, validClaims().build());

        assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
    }

    @Test
    void issuerMustMatchTheConfiguredOne() throws Exception {
        TokenKeys expected = TokenKeys.from(TestConfigs.config("https://host.example/sso", TestConfigs.SECRET, "", 60));
        TokenVerifier verifier = new TokenVerifier(expected);

        String wrongIssuer = hs256(TestConfigs.SECRET, validClaims().issuer("https://evil.example").build());
        String noIssuer = hs256(TestConfigs.SECRET, validClaims().build());
        String rightIssuer = new TokenMinter(expected).mint("wang.wu", null, List.of(), List.of("410102"), 600);

        assertThrows(InvalidTokenException.class, () -> verifier.verify(wrongIssuer));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(noIssuer));
        assertEquals("wang.wu", verifier.verify(rightIssuer).subject());
    }
}
