package org.smartjustice.platform.internal.security;

import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** Enough for every user active at once in a city; beyond it the least used are dropped. */
    static final int CACHE_LIMIT = 4096;

    private final TokenKeys keys;

    /**
     * Tokens whose signature and claims have been checked with these keys. A client sends the same
     * token with every request, and parsing plus the signature check was a twentieth of a request;
     * the time window is checked again on every use. Only accepted tokens are kept, so garbage
     * cannot fill it, and new keys come with a new verifier and so an empty cache.
     */
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(CACHE_LIMIT)
            .executor(Runnable::run).build();

    private record Verified(Principal principal, long expiresAt, long notBefore) {
    }

    private final Clock clock;

    TokenVerifier(TokenKeys keys) {
        this(keys, Clock.systemUTC());
    }

    TokenVerifier(TokenKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    long cachedTokens() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    public Principal verify(String token) throws InvalidTokenException {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            checkWindow(known.expiresAt(), known.notBefore());
            return known.principal();
        }
        Verified fresh = verifyFully(token);
        verified.put(token, fresh);
        return fresh.principal();
    }

    private Verified verifyFully(String token) throws InvalidTokenException {
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
            // Nimbus reads a number as the subject's text: the raw payload says what the host sent.
            java.util.Map<String, Object> payload = jwt.getPayload().toJSONObject();
            if (payload == null) {
                // Signed, but not a JSON object: not a token of ours (Nimbus returns null, no exception).
                throw new InvalidTokenException("令牌内容不是 JSON 对象");
            }
            Object rawSubject = payload.get("sub");
            if (rawSubject != null && !(rawSubject instanceof String)) {
                throw new InvalidTokenException("令牌的 sub 声明应为字符串");
            }
            return verifiedOf(jwt.getJWTClaimsSet());
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

    private Verified verifiedOf(JWTClaimsSet claims) throws InvalidTokenException, ParseException {
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new InvalidTokenException("令牌缺少过期时间");
        }
        Date nbf = claims.getNotBeforeTime();
        long notBefore = nbf == null ? Long.MIN_VALUE : nbf.getTime();
        checkWindow(exp.getTime(), notBefore);
        checkLifetime(exp.getTime(), claims.getIssueTime());
        if (keys.issuer() != null && !keys.issuer().equals(claims.getIssuer())) {
            throw new InvalidTokenException("令牌签发者不受信任");
        }
        if (claims.getIssueTime() != null && claims.getIssueTime().getTime() - keys.clockSkewSeconds() * 1000L > clock.millis()) {
            throw new InvalidTokenException("令牌的签发时间在未来");
        }
        String subject = optionalString(claims, "sub");
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("令牌缺少 sub");
        }
        if (!isPlainSubject(subject)) {
            // " ed102a", "ed102a" + NBSP or a zero-width character would pass for another user wherever ids are compared.
            throw new InvalidTokenException("令牌的 sub 含首尾空白或控制字符");
        }
        // The host's organisation unit (a department's code for a DEPARTMENT_LIAISON): a string when present.
        String org = optionalString(claims, "org");
        Principal principal = new Principal(subject, optionalString(claims, "name"), roles(claims), tenants(claims), org);
        return new Verified(principal, exp.getTime(), notBefore);
    }

    private void checkWindow(long expiresAt, long notBefore) throws InvalidTokenException {
        long now = clock.millis();
        long skew = keys.clockSkewSeconds() * 1000L;
        if (expiresAt + skew < now) {
            throw new InvalidTokenException("令牌已过期");
        }
        if (notBefore != Long.MIN_VALUE && notBefore - skew > now) {
            throw new InvalidTokenException("令牌尚未生效");
        }
    }

    /** A token that lives longer than configured is refused, however well signed: leaked, it would never die. */
    private void checkLifetime(long expiresAt, Date issuedAt) throws InvalidTokenException {
        long max = keys.maxLifetimeSeconds() * 1000L;
        long skew = keys.clockSkewSeconds() * 1000L;
        boolean tooLong = expiresAt - clock.millis() > max + skew
                || issuedAt != null && expiresAt - issuedAt.getTime() > max;
        if (tooLong) {
            throw new InvalidTokenException("令牌有效期超过允许的最长时间（" + keys.maxLifetimeSeconds() + " 秒）");
        }
    }

    private static Set<Role> roles(JWTClaimsSet claims) throws InvalidTokenException {
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

    private static Set<String> tenants(JWTClaimsSet claims) throws InvalidTokenException {
        return new HashSet<>(stringList(claims, "tenants"));
    }

    /** Claims are typed: a list claim is a JSON array of strings, never a string to be split. */
    private static List<String> stringList(JWTClaimsSet claims, String name) throws InvalidTokenException {
        Object value = claims.getClaim(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
            throw new InvalidTokenException("令牌的 " + name + " 声明应为字符串数组");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static String optionalString(JWTClaimsSet claims, String name) throws InvalidTokenException {
        Object value = claims.getClaim(name);
        if (value != null && !(value instanceof String)) {
            throw new InvalidTokenException("令牌的 " + name + " 声明应为字符串");
        }
        return (String) value;
    }

    /**
     * A host user id as identity providers issue them: no blank of any kind at either end (NBSP, figure
     * and narrow spaces included), and nothing invisible anywhere: control and format characters,
     * combining marks, variation selectors, Hangul fillers, spaces other than the ASCII one.
     */
    static boolean isPlainSubject(String subject) {
        int first = subject.codePointAt(0);
        int last = subject.codePointBefore(subject.length());
        if (Character.isWhitespace(first) || Character.isSpaceChar(first) || Character.isWhitespace(last)
                || Character.isSpaceChar(last)) {
            return false;
        }
        return subject.codePoints().noneMatch(c -> {
            int type = Character.getType(c);
            return Character.isISOControl(c) || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || (Character.isSpaceChar(c) || Character.isWhitespace(c)) && c != ' '
                    || c == 0x3164 || c == 0xFFA0 || c == 0x115F || c == 0x1160 || c == 0x2800;
        });
    }
}
