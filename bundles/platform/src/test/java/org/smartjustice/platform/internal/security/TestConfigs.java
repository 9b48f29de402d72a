package org.smartjustice.platform.internal.security;

import java.lang.annotation.Annotation;

/** Hand-made {@link SecurityConfig} values, as ConfigAdmin would provide them. */
final class TestConfigs {

    static final String SECRET = "0123456789abcdef0123456789abcdef-demo";
    static final String OTHER_SECRET = "fedcba9876543210fedcba9876543210-other";

    private TestConfigs() {
    }

    static SecurityConfig config(String issuer, String hmacSecret, String rsaPublicKey, int clockSkewSeconds) {
        return new SecurityConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SecurityConfig.class;
            }

            @Override
            public String issuer() {
                return issuer;
            }

            @Override
            public String hmacSecret() {
                return hmacSecret;
            }

            @Override
            public String rsaPublicKey() {
                return rsaPublicKey;
            }

            @Override
            public int clockSkewSeconds() {
                return clockSkewSeconds;
            }

            @Override
            public int tokenTtlSeconds() {
                return 3600;
            }

            @Override
            public int maxTokenLifetimeSeconds() {
                return 86400;
            }
        };
    }

    static TokenKeys hmac(String secret) {
        return TokenKeys.from(config("", secret, "", 60));
    }
}
