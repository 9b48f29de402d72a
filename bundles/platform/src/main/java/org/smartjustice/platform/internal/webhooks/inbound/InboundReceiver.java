package org.smartjustice.platform.internal.webhooks.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * Takes one request of a sender: who (the configured sender), whether it is theirs (headers, time,
 * signature), what (the envelope, a tenant they may speak for), then stores it — committed before the
 * sender hears 2xx — and has it handed over. Checks are ordered so that nothing of an unsigned body
 * is parsed and nothing of a refused one is stored.
 */
@Component(service = InboundReceiver.class)
public class InboundReceiver {

    /** Large enough for any event with its data; attachments travel by reference, not in the webhook. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MESSAGE_ID_MAX = 255;

    @Reference
    private InboundSenders senders;

    @Reference
    private InboundStore store;

    @Reference
    private InboundDispatcher dispatcher;

    @Reference
    private TenantStore tenants;

    @Reference
    private AuditService audit;

    /** The request's headers as received; any may be null. */
    record Headers(String id, String timestamp, String signature, String contentLength) {
    }

    /**
     * @return the stored message and whether it is new or the sender's retry
     * @throws ProblemException 401 {@code webhook-rejected}, 400 naming the field, 409 for an id used for
     *                          other bytes, 413 over {@value #MAX_BODY_BYTES} bytes
     */
    InboundStore.Stored receive(String senderName, Headers headers, InputStream body) {
        if (senderName == null || !Sender.NAME.matcher(senderName).matches()) {
            throw InboundSignature.rejected("发送方名称无效");
        }
        Sender sender = senders.named(senderName)
                // The same answer as a wrong signature: a caller without a secret learns no sender's name.
                .orElseThrow(() -> InboundSignature.rejected("发送方未配置或签名不符"));
        InboundSignature.requireHeaders(headers.id(), headers.timestamp(), headers.signature());
        byte[] bytes = read(headers.contentLength(), body);
        String messageId = headers.id().strip();
        InboundSignature.verify(sender, messageId, headers.timestamp(), headers.signature(), bytes,
                Instant.now().getEpochSecond());
        if (messageId.length() > MESSAGE_ID_MAX) {
            throw ProblemException.invalidField(InboundSignature.ID, "至多 " + MESSAGE_ID_MAX + " 个字符");
        }
        Envelope envelope = Envelope.parse(bytes);
        if (!sender.speaksFor(envelope.tenant())) {
            throw ProblemException.invalidField("tenant", "发送方 " + sender.name() + " 不能代表租户 " + envelope.tenant());
        }
        if (tenants.find(envelope.tenant()).isEmpty()) {
            throw ProblemException.invalidField("tenant", "没有编码为 " + envelope.tenant() + " 的租户");
        }
        if (envelope.type().length() > Envelope.TYPE_MAX) {
            throw ProblemException.invalidField("type", "至多 " + Envelope.TYPE_MAX + " 个字符");
        }
        InboundStore.Stored stored = store.store(entity(sender.name(), messageId, envelope, bytes));
        InboundEntity m = stored.message();
        String actor = "system:webhook:" + sender.name();
        switch (stored.outcome()) {
            case CONFLICT -> {
                audit.append(actor, m.tenant, "webhooks.inbound.conflict", "platform/inbound/messages/" + m.id, "failure",
                        messageId + " 已用于另一内容");
                throw new ProblemException(409, "webhook-conflict", "消息编号冲突",
                        "发送方 " + sender.name() + " 的消息 " + shown(messageId) + " 已收到，内容与此次不同；"
                                + "重发须与首次的内容逐字节相同，新消息须用新的 webhook-id");
            }
            // The records of NEW and REPEAT committed with the message (InboundStore).
            case NEW -> dispatcher.submit(m.id);
            case REPEAT -> {
            }
        }
        return stored;
    }

    /** The id as a message may repeat it: never a sender's 255 characters of anything. */
    static String shown(String messageId) {
        return SHOWN_ID.matcher(messageId).matches() ? messageId : "（格式不正确的编号）";
    }

    private static final java.util.regex.Pattern SHOWN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:~-]{1,64}");

    private static InboundEntity entity(String sender, String messageId, Envelope envelope, byte[] bytes) {
        LocalDateTime now = UtcTimes.now();
        InboundEntity m = new InboundEntity();
        m.id = UUID.randomUUID().toString();
        m.sender = sender;
        m.messageId = messageId;
        m.tenant = envelope.tenant();
        m.type = envelope.type();
        m.body = bytes;
        m.bodySha256 = InboundStore.sha256(bytes);
        m.state = InboundState.PENDING;
        m.receivedAt = now;
        m.nextAttemptAt = now;
        return m;
    }

    /** The body, refused with 413 when its declared or actual length passes the limit. */
    static byte[] read(String contentLength, InputStream body) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                // Jetty has refused a malformed length already; read and count instead.
            }
        }
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "读取请求体失败：" + e.getMessage());
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(413, "payload-too-large", "请求体过大", "Webhook 消息至多 " + MAX_BODY_BYTES + " 字节");
    }
}
