package org.smartjustice.platform.internal.webhooks.inbound;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.webhooks.WebhookSignature;

/**
 * Checks a Standard Webhooks request: the three headers, the timestamp within the sender's tolerance
 * (either way: a message from the future is as suspect as an old one, and a replay after the window
 * is refused even with a valid signature), and a {@code v1} signature by any of the sender's secrets.
 * Every refusal is one 401 problem type whose detail names what failed, never a secret or the
 * signature expected.
 */
final class InboundSignature {

    static final String REJECTED = "webhook-rejected";
    static final String ID = "webhook-id";
    private static final java.util.regex.Pattern PRINTABLE_ASCII = java.util.regex.Pattern.compile("[\\x21-\\x7E]+");
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";
    /** More entries than any rotation needs; beyond it a header is not read (each costs a comparison). */
    static final int MAX_SIGNATURES = 20;
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private InboundSignature() {
    }

    static ProblemException rejected(String detail) {
        return new ProblemException(401, REJECTED, "Webhook 验证未通过", detail);
    }

    /** Refuses a request that lacks one of the headers, naming each one missing. */
    static void requireHeaders(String id, String timestamp, String signature) {
        List<String> missing = new ArrayList<>();
        if (id == null || id.isBlank()) {
            missing.add(ID);
        }
        if (timestamp == null || timestamp.isBlank()) {
            missing.add(TIMESTAMP);
        }
        if (signature == null || signature.isBlank()) {
            missing.add(SIGNATURE);
        }
        if (!missing.isEmpty()) {
            throw rejected("缺少请求头 " + String.join("、", missing));
        }
        // Header bytes reach us as ISO-8859-1: an id outside printable ASCII would be signed over other bytes
        // than the sender's. Standard Webhooks ids are ASCII (msg_…).
        if (!PRINTABLE_ASCII.matcher(id.strip()).matches()) {
            throw rejected(ID + " 须为可打印的 ASCII 字符");
        }
    }

    /**
     * @param nowSeconds this node's clock, Unix seconds
     * @return the timestamp, Unix seconds
     * @throws ProblemException 401 when the headers are missing, the timestamp malformed or outside
     *                          the tolerance, or no signature matches
     */
    static long verify(Sender sender, String id, String timestamp, String signature, byte[] body, long nowSeconds) {
        requireHeaders(id, timestamp, signature);
        String ts = timestamp.strip();
        if (!SECONDS.matcher(ts).matches()) {
            throw rejected(TIMESTAMP + " 须为 Unix 时间（秒）");
        }
        long seconds = Long.parseLong(ts);
        long skew = nowSeconds - seconds;
        long tolerance = sender.tolerance().toSeconds();
        if (skew > tolerance) {
            throw rejected(TIMESTAMP + " 过旧：早于本机时间 " + skew + " 秒，允许 ±" + tolerance + " 秒");
        }
        if (-skew > tolerance) {
            throw rejected(TIMESTAMP + " 在未来：晚于本机时间 " + -skew + " 秒，允许 ±" + tolerance + " 秒");
        }
        if (!matches(sender.secrets(), id, ts, body, signature)) {
            throw rejected(SIGNATURE + " 中没有与发送方 " + sender.name() + " 的密钥相符的 v1 签名");
        }
        return seconds;
    }

    /**
     * Whether any {@code v1,<base64>} entry of the space-separated header is the HMAC of any secret;
     * entries of other versions are skipped, as the specification asks. Compared in constant time.
     */
    static boolean matches(List<byte[]> secrets, String id, String timestamp, byte[] body, String header) {
        List<byte[]> offered = new ArrayList<>();
        for (String entry : WHITESPACE.split(header.strip())) {
            if (offered.size() >= MAX_SIGNATURES) {
                break;
            }
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue;
            }
            try {
                offered.add(Base64.getDecoder().decode(entry.substring(comma + 1)));
            } catch (IllegalArgumentException notBase64) {
                // another entry may still match
            }
        }
        boolean matched = false;
        for (byte[] secret : secrets) {
            byte[] expected = Base64.getDecoder().decode(WebhookSignature.sign(secret, id, timestamp, body).substring(3));
            for (byte[] candidate : offered) {
                // Every pair is compared: how long the check takes says nothing about which one matched.
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return matched;
    }
}
