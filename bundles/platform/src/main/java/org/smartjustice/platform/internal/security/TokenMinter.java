package org.smartjustice.platform.internal.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Makes HS256 tokens with the configured secret, for local use and demos only. */
public final class TokenMinter {

    private final TokenKeys keys;

    TokenMinter(TokenKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, String name, List<String> roles, List<String> tenants, long ttlSeconds) {
        return mint(subject, name, roles, tenants, null, ttlSeconds);
    }

    /** @param org the host organisation unit ({@code org} claim: a department's code for a liaison), or null */
    public String mint(String subject, String name, List<String> roles, List<String> tenants, String org, long ttlSeconds) {
        if (keys.hmacSecret() == null) {
            throw new IllegalStateException("no hmacSecret is configured in " + SecurityConfig.PID);
        }
        Instant now = Instant.now();
        long ttl = ttlSeconds > 0 ? ttlSeconds : keys.ttlSeconds();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("name", name == null ? subject : name)
                .claim("roles", roles)
                .claim("tenants", tenants)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ttl)));
        if (keys.issuer() != null) {
            claims.issuer(keys.issuer());
        }
        if (org != null && !org.isBlank()) {
            claims.claim("org", org.strip());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(keys.hmacSecret()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }
}
