package org.smartjustice.platform.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsLikeTheSpecificationsExample() {
        String signature = WebhookSignature.sign(WebhookSignature.secretBytes(SECRET), ID, TIMESTAMP,
                BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void everySignedPartCounts() {
        byte[] secret = WebhookSignature.secretBytes(SECRET);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String good = WebhookSignature.sign(secret, ID, TIMESTAMP, body);
        assertNotEquals(good, WebhookSignature.sign(secret, ID + "x", TIMESTAMP, body));
        assertNotEquals(good, WebhookSignature.sign(secret, ID, TIMESTAMP + 1, body));
        assertNotEquals(good, WebhookSignature.sign(secret, ID, TIMESTAMP, "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSecretIsWhsecAndBase64OfEnoughBytes() {
        assertEquals(24, WebhookSignature.secretBytes(SECRET).length);
        assertEquals(24, WebhookSignature.secretBytes("  " + SECRET + " ").length);
        for (String bad : new String[] { null, "", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not base64!",
                "whsec_c2hvcnQ=", "whsec_" + "A".repeat(100) }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookSignature.secretBytes(bad));
            assertFalse(bad != null && bad.length() > 8 && e.getMessage().contains(bad.substring(6)),
                    "the reason never repeats the secret: " + e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookSignature.secretBytes("whsec_c2hvcnQ="))
                .getMessage().contains("5 字节"));
    }
}
