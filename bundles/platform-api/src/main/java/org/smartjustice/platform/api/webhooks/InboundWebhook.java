package org.smartjustice.platform.api.webhooks;

import java.util.Map;
import java.util.Objects;

/**
 * One verified message from a host, as handed to an {@link InboundWebhookHandler}. The envelope is
 * Standard Webhooks' payload plus the district it is about:
 * <pre>{"type": "supervision.grid-event.reported", "timestamp": "2024-05-01T08:00:00+08:00",
 *  "tenant": "410102", "data": {...}}</pre>
 *
 * @param id        the platform's id of the stored message (operators see it)
 * @param sender    the configured sender it came from
 * @param messageId the sender's {@code webhook-id}: the same on every retry of the sender
 * @param tenant    the tenant code of the envelope (also the scope the handler runs in)
 * @param type      the envelope's {@code type}
 * @param timestamp the envelope's {@code timestamp} as sent, or null
 * @param data      the envelope's {@code data} object, parsed (maps, lists, strings, numbers, booleans, nulls)
 * @param body      the whole body exactly as received (UTF-8)
 */
public record InboundWebhook(String id, String sender, String messageId, String tenant, String type,
                             String timestamp, Map<String, Object> data, String body) {

    public InboundWebhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(data);
    }

    /** Without the body and data, which may hold personal data: this text goes to logs. */
    @Override
    public String toString() {
        return "InboundWebhook[" + id + " " + sender + "/" + messageId + " " + type + " tenant " + tenant + "]";
    }
}
