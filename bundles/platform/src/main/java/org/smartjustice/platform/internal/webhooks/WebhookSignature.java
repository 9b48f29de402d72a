package org.smartjustice.platform.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 of HMAC-SHA256 with the secret's bytes
 * over {@code id.timestamp.body}. Secrets are written {@code whsec_<base64>}.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    /** What the specification asks of a secret's bytes. */
    static final int MIN_SECRET_BYTES = 24;
    static final int MAX_SECRET_BYTES = 64;

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} header value. */
    public static String sign(byte[] secret, String id, long timestamp, byte[] body) {
        return sign(secret, id, Long.toString(timestamp), body);
    }

    /** Over the timestamp as its header carries it: a receiver verifies what the sender signed, byte for byte. */
    public static String sign(byte[] secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * The bytes of a {@code whsec_} secret.
     *
     * @throws IllegalArgumentException with a zh-CN reason that never repeats the secret
     */
    public static byte[] secretBytes(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("缺少密钥");
        }
        String s = secret.strip();
        if (!s.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("密钥须为 " + SECRET_PREFIX + "<base64> 的形式");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SECRET_PREFIX + " 之后不是有效的 base64");
        }
        if (bytes.length < MIN_SECRET_BYTES || bytes.length > MAX_SECRET_BYTES) {
            throw new IllegalArgumentException("密钥须为 " + MIN_SECRET_BYTES + "–" + MAX_SECRET_BYTES + " 字节，现为 "
                    + bytes.length + " 字节");
        }
        return bytes;
    }
}
