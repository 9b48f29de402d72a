package org.smartjustice.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.smartjustice.platform.api.problem.Validation;

/** The verification keys read from {@link SecurityConfig}. */
record TokenKeys(String issuer, byte[] hmacSecret, RSAPublicKey rsaPublicKey, int clockSkewSeconds, int ttlSeconds,
                 long maxLifetimeSeconds) {

    static final int MIN_HMAC_BYTES = 32;

    /** The secret that README.md publishes for local use: it must never verify a token elsewhere. */
    static final String DEMO_SECRET = "smartjustice-demo-secret-for-local-use-only-2026";

    static TokenKeys from(SecurityConfig config) {
        byte[] secret = config.hmacSecret() == null || config.hmacSecret().isEmpty()
                ? null : config.hmacSecret().getBytes(StandardCharsets.UTF_8);
        if (secret != null && secret.length < MIN_HMAC_BYTES) {
            throw new IllegalArgumentException("hmacSecret must be at least " + MIN_HMAC_BYTES + " bytes for HS256");
        }
        return new TokenKeys(Validation.blankToNull(config.issuer()), secret, parseRsa(config.rsaPublicKey()),
                config.clockSkewSeconds(), config.tokenTtlSeconds(), config.maxTokenLifetimeSeconds());
    }

    /** Whether HS256 is configured with the published demo secret. */
    boolean usesDemoSecret() {
        return hmacSecret != null && DEMO_SECRET.equals(new String(hmacSecret, StandardCharsets.UTF_8));
    }

    /** These keys without HS256. */
    TokenKeys withoutHmac() {
        return new TokenKeys(issuer, null, rsaPublicKey, clockSkewSeconds, ttlSeconds, maxLifetimeSeconds);
    }

    static RSAPublicKey parseRsa(String pem) {
        if (pem == null || pem.isBlank()) {
            return null;
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalArgumentException("rsaPublicKey is not an X.509 RSA public key", e);
        }
    }
}
