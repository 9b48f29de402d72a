package org.smartjustice.itest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Makes tokens the way the host platform does, with the secret the tests configure. */
public final class Tokens {

    public static final String SECRET = "itest-secret-that-is-long-enough-for-hs256";
    public static final String ISSUER = "itest-host";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    public static String of(String subject, List<String> roles, List<String> tenants) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("name", subject);
        claims.put("roles", roles);
        claims.put("tenants", tenants);
        claims.put("iss", ISSUER);
        claims.put("exp", System.currentTimeMillis() / 1000 + 3600);
        return sign("HS256", claims, SECRET);
    }

    public static String operator() {
        return of("operator", List.of("PLATFORM_OPERATOR"), List.of("*"));
    }

    public static String sign(String alg, Map<String, Object> claims, String secret) {
        try {
            String header = b64(JSON.writeValueAsBytes(Map.of("alg", alg, "typ", "JWT")));
            String payload = b64(JSON.writeValueAsBytes(claims));
            if ("none".equals(alg)) {
                return header + "." + payload + ".";
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
