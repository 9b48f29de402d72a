package org.smartjustice.platform.internal.webhooks.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.webhooks.WebhookSignature;

class InboundSignatureTest {

    /** The Standard Webhooks specification's own example. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    static final String OTHER_SECRET = "whsec_c2VjcmV0LW9mLWEtcm90YXRlZC1lbmRwb2ludA==";

    static Sender sender(String... secrets) {
        return Sender.parse("org.smartjustice.webhooks.sender~host", Map.of("secrets", String.join(",", secrets), "tenants", "*"));
    }

    static void assertRejected(String detailPart, Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(401, e.status());
        assertEquals("webhook-rejected", e.type());
        assertTrue(e.detail().contains(detailPart), e.detail());
        assertFalse(e.detail().contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "never the secret: " + e.detail());
        assertFalse(e.detail().contains("g0hM9SsE"), "never the signature expected: " + e.detail());
    }

    @Test
    void acceptsTheSpecificationsTestVector() {
        assertEquals(SIGNATURE, WebhookSignature.sign(WebhookSignature.secretBytes(SECRET), ID, TIMESTAMP, BODY));
        assertEquals(TIMESTAMP, InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP));
    }

    @Test
    void aTamperedBodyIdOrTimestampIsRefused() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertRejected("webhook-signature", () -> InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, tampered, TIMESTAMP));
        byte[] reformatted = "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8);
        assertRejected("webhook-signature", () -> InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, reformatted, TIMESTAMP));
        assertRejected("webhook-signature", () -> InboundSignature.verify(sender(SECRET), ID + "x", "1614265330", SIGNATURE, BODY, TIMESTAMP));
        assertRejected("webhook-signature", () -> InboundSignature.verify(sender(SECRET), ID, "1614265331", SIGNATURE, BODY, TIMESTAMP + 1));
    }

    @Test
    void theTimestampIsVerifiedAsItsHeaderCarriesIt() {
        // "01614265330" is the same second, but the sender signed the text "1614265330": refused.
        assertRejected("webhook-signature", () -> InboundSignature.verify(sender(SECRET), ID, "01614265330", SIGNATURE, BODY, TIMESTAMP));
        String signedAsSent = WebhookSignature.sign(WebhookSignature.secretBytes(SECRET), ID, "01614265330", BODY);
        assertEquals(TIMESTAMP, InboundSignature.verify(sender(SECRET), ID, "01614265330", signedAsSent, BODY, TIMESTAMP));
    }

    @Test
    void anIdOutsidePrintableAsciiIsRefused() {
        assertRejected("ASCII", () -> InboundSignature.verify(sender(SECRET), "msg_é", "1614265330", SIGNATURE, BODY, TIMESTAMP));
    }

    @Test
    void anOldTimestampIsRefusedEvenWithItsValidSignature() {
        assertEquals(TIMESTAMP, InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP + 300));
        assertRejected("过旧", () -> InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP + 301));
        assertRejected("±300", () -> InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP + 86_400));
    }

    @Test
    void aFutureTimestampIsRefusedToo() {
        assertEquals(TIMESTAMP, InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP - 300));
        assertRejected("在未来", () -> InboundSignature.verify(sender(SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP - 301));
    }

    @Test
    void theToleranceIsTheSenders() {
        Sender strict = Sender.parse("p~host", Map.of("secrets", SECRET, "tenants", "*", "toleranceSeconds", "10"));
        assertRejected("±10", () -> InboundSignature.verify(strict, ID, "1614265330", SIGNATURE, BODY, TIMESTAMP + 11));
    }

    @Test
    void aMalformedTimestampIsRefused() {
        assertRejected("Unix", () -> InboundSignature.verify(sender(SECRET), ID, "2021-02-26T00:00:00Z", SIGNATURE, BODY, TIMESTAMP));
        assertRejected("Unix", () -> InboundSignature.verify(sender(SECRET), ID, "-1614265330", SIGNATURE, BODY, TIMESTAMP));
    }

    @Test
    void missingHeadersAreNamed() {
        assertRejected("webhook-id、webhook-signature", () -> InboundSignature.verify(sender(SECRET), null, "1614265330", " ", BODY, TIMESTAMP));
        assertRejected("webhook-timestamp", () -> InboundSignature.verify(sender(SECRET), ID, null, SIGNATURE, BODY, TIMESTAMP));
    }

    @Test
    void aRotatedSecretMatchesWhicheverIsListed() {
        // The host still signs with the old secret while the new one is configured first.
        assertEquals(TIMESTAMP, InboundSignature.verify(sender(OTHER_SECRET, SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP));
        // The host has switched to the new secret: the old one listed first does not get in the way.
        String signedWithNew = WebhookSignature.sign(WebhookSignature.secretBytes(OTHER_SECRET), ID, TIMESTAMP, BODY);
        assertEquals(TIMESTAMP, InboundSignature.verify(sender(SECRET, OTHER_SECRET), ID, "1614265330", signedWithNew, BODY, TIMESTAMP));
        // Once the old secret is removed, its signatures are refused.
        assertRejected("webhook-signature", () -> InboundSignature.verify(sender(OTHER_SECRET), ID, "1614265330", SIGNATURE, BODY, TIMESTAMP));
    }

    @Test
    void anyOfSeveralSignaturesInTheHeaderMayMatch() {
        String wrong = "v1,Ym9ndXMtc2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXM=";
        assertTrue(InboundSignature.matches(sender(SECRET).secrets(), ID, String.valueOf(TIMESTAMP), BODY, wrong + " " + SIGNATURE));
        assertTrue(InboundSignature.matches(sender(SECRET).secrets(), ID, String.valueOf(TIMESTAMP), BODY, SIGNATURE + "  " + wrong));
        // Other versions are skipped, entries that are no base64 too; the v1 entry still counts.
        assertTrue(InboundSignature.matches(sender(SECRET).secrets(), ID, String.valueOf(TIMESTAMP), BODY,
                "v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,@@@ " + SIGNATURE));
        assertFalse(InboundSignature.matches(sender(SECRET).secrets(), ID, String.valueOf(TIMESTAMP), BODY, wrong));
        // The right bytes under another version are not a v1 signature.
        assertFalse(InboundSignature.matches(sender(SECRET).secrets(), ID, String.valueOf(TIMESTAMP), BODY, SIGNATURE.replace("v1,", "v2,")));
        assertFalse(InboundSignature.matches(sender(SECRET).secrets(), ID, String.valueOf(TIMESTAMP), BODY, "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    @Test
    void aSignatureOfAnotherSecretIsRefused() {
        String other = WebhookSignature.sign(WebhookSignature.secretBytes(OTHER_SECRET), ID, TIMESTAMP, BODY);
        assertRejected("host", () -> InboundSignature.verify(sender(SECRET), ID, "1614265330", other, BODY, TIMESTAMP));
    }
}
