package org.smartjustice.platform.internal.security;

import java.text.ParseException;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;

/**
 * Verifies the host platform's bearer tokens: HS256 with the shared secret or RS256 with the
 * configured public key, nothing else (in particular never {@code alg: none}), with a required
 * subject and expiry, and the configured issuer.
 */
public final class TokenVerifier {

    private final TokenKeys keys;

    TokenVerifier(TokenKeys keys) {
        this.keys = keys;
    }

    public Principal verify(String token) throws InvalidTokenException {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("令牌格式错误");
        }
        JWSVerifier verifier = verifierFor(jwt.getHeader().getAlgorithm());
        try {
            if (!jwt.verify(verifier)) {
                throw new InvalidTokenException("令牌签名无效");
            }
            return principalOf(jwt.getJWTClaimsSet());
        } catch (JOSEException | ParseException e) {
            throw new InvalidTokenException("令牌无法验证");
        }
    }

    private JWSVerifier verifierFor(JWSAlgorithm alg) throws InvalidTokenException {
        try {
            if (JWSAlgorithm.HS256.equals(alg) && keys.hmacSecret() != null) {
                return new MACVerifier(keys.hmacSecret());
            }
            if (JWSAlgorithm.RS256.equals(alg) && keys.rsaPublicKey() != null) {
                return new RSASSAVerifier(keys.rsaPublicKey());
            }
        } catch (JOSEException e) {
            throw new InvalidTokenException("令牌无法验证");
        }
        throw new InvalidTokenException("不接受的签名算法：" + alg);
    }

    private Principal principalOf(JWTClaimsSet claims) throws InvalidTokenException, ParseException {
        long now = System.currentTimeMillis();
        long skew = keys.clockSkewSeconds() * 1000L;
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new InvalidTokenException("令牌缺少过期时间");
        }
        if (exp.getTime() + skew < now) {
            throw new InvalidTokenException("令牌已过期");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.getTime() - skew > now) {
            throw new InvalidTokenException("令牌尚未生效");
        }
        if (keys.issuer() != null && !keys.issuer().equals(claims.getIssuer())) {
            throw new InvalidTokenException("令牌签发者不受信任");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("令牌缺少 sub");
        }
        return new Principal(subject, claims.getStringClaim("name"), roles(claims), tenants(claims));
    }

    private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : stringList(claims, "roles")) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknownRoleOfTheHost) {
                // The host platform has roles of its own that mean nothing here.
            }
        }
        return roles;
    }

    private static Set<String> tenants(JWTClaimsSet claims) throws ParseException {
        return new HashSet<>(stringList(claims, "tenants"));
    }

    private static List<String> stringList(JWTClaimsSet claims, String name) throws ParseException {
        Object value = claims.getClaim(name);
        if (value instanceof String s) {
            return java.util.Arrays.stream(s.split("[,\\s]+")).filter(part -> !part.isEmpty()).toList();
        }
        List<String> list = claims.getStringListClaim(name);
        return list == null ? List.of() : list;
    }
}
