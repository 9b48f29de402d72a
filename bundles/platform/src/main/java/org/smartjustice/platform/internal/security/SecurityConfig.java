package org.smartjustice.platform.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "智慧司法 认证",
        description = "How tokens issued by the host platform are verified.")
public @interface SecurityConfig {

    String PID = "org.smartjustice.security";

    @AttributeDefinition(name = "issuer", description = "Required value of the token's iss claim; empty accepts any issuer.")
    String issuer() default "";

    @AttributeDefinition(name = "hmacSecret", type = AttributeType.PASSWORD,
            description = "Shared secret for HS256 tokens, at least 32 bytes; empty disables HS256.")
    String hmacSecret() default "";

    @AttributeDefinition(name = "rsaPublicKey",
            description = "PEM (or bare base64 X.509) RSA public key for RS256 tokens; empty disables RS256.")
    String rsaPublicKey() default "";

    @AttributeDefinition(name = "clockSkewSeconds", description = "Tolerance for exp and nbf.")
    int clockSkewSeconds() default 60;

    @AttributeDefinition(name = "maxTokenLifetimeSeconds",
            description = "Tokens that expire later than this from now (or from their iat) are refused.")
    int maxTokenLifetimeSeconds() default 86400;

    @AttributeDefinition(name = "tokenTtlSeconds", description = "Lifetime of tokens minted by the shell command.")
    int tokenTtlSeconds() default 3600;
}
