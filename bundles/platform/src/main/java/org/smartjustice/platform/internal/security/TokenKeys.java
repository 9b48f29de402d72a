package org.smartjustice.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The verification keys read from {@link SecurityConfig}. */
record TokenKeys(String issuer, byte[] hmacSecret, RSAPublicKey rsaPublicKey, int clockSkewSeconds, int ttlSeconds) {

    static final int MIN_HMAC_BYTES = 32;

    static TokenKeys from(SecurityConfig config) {
        byte[] secret = config.hmacSecret() == null || config.hmacSecret().isEmpty()
                ? null : config.hmacSecret().getBytes(StandardCharsets.UTF_8);
        if (secret != null && secret.length < MIN_HMAC_BYTES) {
            throw new IllegalArgumentException("hmacSecret must be at least " + MIN_HMAC_BYTES + " bytes for HS256");
        }
        return new TokenKeys(blankToNull(config.issuer()), secret, parseRsa(config.rsaPublicKey()),
                config.clockSkewSeconds(), config.tokenTtlSeconds());
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
