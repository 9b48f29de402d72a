package org.smartjustice.platform.internal.webhooks.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.webhooks.InboundWebhookHandler;

/** Idempotency, handler choice, the anonymous path and the refusals before the database. */
class InboundLogicTest {

    static InboundEntity stored(byte[] body) {
        InboundEntity m = new InboundEntity();
        m.body = body;
        m.bodySha256 = InboundStore.sha256(body);
        return m;
    }

    @Test
    void aSendersRetryIsARepeatAndAnotherBodyUnderTheSameIdAConflict() {
        byte[] body = "{\"type\":\"a.b\",\"tenant\":\"410102\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(InboundStore.Outcome.NEW, InboundStore.compare(null, InboundStore.sha256(body)));
        assertEquals(InboundStore.Outcome.REPEAT, InboundStore.compare(stored(body), InboundStore.sha256(body.clone())));
        byte[] other = "{\"type\":\"a.b\",\"tenant\":\"410102\" }".getBytes(StandardCharsets.UTF_8);
        assertEquals(InboundStore.Outcome.CONFLICT, InboundStore.compare(stored(body), InboundStore.sha256(other)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", InboundStore.sha256(new byte[0]));
    }

    @Test
    void likePrefixesEscapeTheirWildcards() {
        assertEquals("grid!_event.", InboundStore.likeEscaped("grid_event."));
        assertEquals("a!%b!!c", InboundStore.likeEscaped("a%b!c"));
    }

    private static InboundHandlers.Bound bound(String bundle, int ranking, long id, String... patterns) {
        InboundWebhookHandler h = message -> { };
        return new InboundHandlers.Bound(h, List.of(patterns), bundle, ranking, id);
    }

    @Test
    void theMostSpecificHandlerTakesAType() {
        InboundHandlers.Bound any = bound("any", 0, 1, "*");
        InboundHandlers.Bound grid = bound("grid", 0, 2, "supervision.*");
        InboundHandlers.Bound events = bound("events", 0, 3, "supervision.grid.*");
        InboundHandlers.Bound exact = bound("exact", 0, 4, "supervision.grid.closed", "other.x");
        List<InboundHandlers.Bound> all = List.of(any, grid, events, exact);
        assertEquals("exact", InboundHandlers.choose(all, "supervision.grid.closed").orElseThrow().bundle());
        assertEquals("events", InboundHandlers.choose(all, "supervision.grid.opened").orElseThrow().bundle());
        assertEquals("grid", InboundHandlers.choose(all, "supervision.case.opened").orElseThrow().bundle());
        assertEquals("any", InboundHandlers.choose(all, "venues.x").orElseThrow().bundle());
        // A prefix names what is below it, not itself nor a longer word.
        assertTrue(InboundHandlers.choose(List.of(grid), "supervision").isEmpty());
        assertTrue(InboundHandlers.choose(List.of(grid), "supervisions.x").isEmpty());
        assertTrue(InboundHandlers.choose(List.of(), "a.b").isEmpty());
    }

    @Test
    void betweenEquallySpecificHandlersTheRankingThenTheOlderService() {
        InboundHandlers.Bound older = bound("older", 0, 10, "sample.*");
        InboundHandlers.Bound newer = bound("newer", 0, 11, "sample.*");
        InboundHandlers.Bound ranked = bound("ranked", 5, 12, "sample.*");
        assertEquals("older", InboundHandlers.choose(List.of(newer, older), "sample.x").orElseThrow().bundle());
        assertEquals("ranked", InboundHandlers.choose(List.of(newer, older, ranked), "sample.x").orElseThrow().bundle());
    }

    @Test
    void handlerPatternsAreReadLikeEndpointEvents() {
        List<String> refused = new ArrayList<>();
        assertEquals(List.of("sample.*", "grid.closed", "*"),
                InboundHandlers.patterns(new String[] { "sample.*, grid.closed", "*", "bad pattern", "a.*.b" }, refused));
        assertEquals(List.of("bad pattern", "a.*.b"), refused);
        assertEquals(List.of("x.y"), InboundHandlers.patterns("x.y", refused));
        assertEquals(List.of(), InboundHandlers.patterns(null, refused));
    }

    @Test
    void onlyAPostToOneSendersPathGoesWithoutAToken() {
        assertTrue(InboundResource.isReceipt("POST", "platform/inbound/grid"));
        assertFalse(InboundResource.isReceipt("GET", "platform/inbound/grid"));
        assertFalse(InboundResource.isReceipt("POST", "platform/inbound"));
        assertFalse(InboundResource.isReceipt("GET", "platform/inbound"));
        assertFalse(InboundResource.isReceipt("POST", "platform/inbound/messages/some-id/retry"));
        assertFalse(InboundResource.isReceipt("GET", "platform/inbound/messages/some-id"));
        assertFalse(InboundResource.isReceipt("POST", "platform/inbound/grid/"));
        assertFalse(InboundResource.isReceipt("POST", "platform/tenants"));
        assertFalse(InboundResource.isReceipt("POST", "t/410102/platform/inbound/grid"));
    }

    @Test
    void anUnknownSenderIsRefusedBeforeAnythingIsRead() throws Exception {
        InboundReceiver receiver = new InboundReceiver();
        InboundSenders senders = new InboundSenders();
        senders.put("p~grid", Sender.parse("p~grid", Map.of("secrets", InboundSignatureTest.SECRET, "tenants", "*")));
        set(receiver, "senders", senders);
        InboundReceiver.Headers headers = new InboundReceiver.Headers(InboundSignatureTest.ID, "1614265330",
                InboundSignatureTest.SIGNATURE, null);
        ProblemException unknown = assertThrows(ProblemException.class, () -> receiver.receive("nobody", headers,
                new ByteArrayInputStream(InboundSignatureTest.BODY)));
        assertEquals(401, unknown.status());
        assertEquals("webhook-rejected", unknown.type());
        // The same words as a wrong signature: probing does not tell which senders exist.
        assertFalse(unknown.detail().contains("nobody"), unknown.detail());
        assertEquals("发送方未配置或签名不符", unknown.detail());
        ProblemException badName = assertThrows(ProblemException.class, () -> receiver.receive("../x", headers, null));
        assertEquals(401, badName.status());
        // A known sender with the test vector's headers but today's clock: too old.
        ProblemException old = assertThrows(ProblemException.class, () -> receiver.receive("grid", headers,
                new ByteArrayInputStream(InboundSignatureTest.BODY)));
        assertEquals(401, old.status());
        assertTrue(old.detail().contains("过旧"), old.detail());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = new byte[InboundReceiver.MAX_BODY_BYTES + 1];
        assertEquals(413, assertThrows(ProblemException.class,
                () -> InboundReceiver.read(String.valueOf(big.length), new ByteArrayInputStream(new byte[0]))).status());
        assertEquals(413, assertThrows(ProblemException.class, () -> InboundReceiver.read(null, new ByteArrayInputStream(big))).status());
        assertEquals(InboundReceiver.MAX_BODY_BYTES,
                InboundReceiver.read(null, new ByteArrayInputStream(new byte[InboundReceiver.MAX_BODY_BYTES])).length);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
