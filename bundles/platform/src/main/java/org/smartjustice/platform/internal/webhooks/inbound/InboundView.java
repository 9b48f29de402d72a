package org.smartjustice.platform.internal.webhooks.inbound;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.rest.JsonProvider;

/**
 * An inbound message as operators (and, without body and payload, its sender) see it. The detail
 * holds {@code body}, the bytes as received (read as UTF-8), and {@code payload}, the same parsed.
 */
public record InboundView(String id, String sender, String messageId, String tenant, String type, InboundState state,
                          int attempts, OffsetDateTime receivedAt, OffsetDateTime nextAttemptAt,
                          OffsetDateTime lastAttemptAt, String lastError, OffsetDateTime handledAt, String handledBy,
                          String bodySha256, String body, JsonNode payload) {

    static InboundView of(InboundEntity m, boolean withBody) {
        String body = null;
        JsonNode payload = null;
        if (withBody) {
            body = new String(m.body, StandardCharsets.UTF_8);
            try {
                payload = JsonProvider.MAPPER.readTree(m.body);
            } catch (java.io.IOException e) {
                payload = null;
            }
        }
        return new InboundView(m.id, m.sender, m.messageId, m.tenant, m.type, m.state, m.attempts,
                UtcTimes.toOffset(m.receivedAt), m.state == InboundState.PENDING ? UtcTimes.toOffset(m.nextAttemptAt) : null,
                UtcTimes.toOffset(m.lastAttemptAt), m.lastError, UtcTimes.toOffset(m.handledAt), m.handledBy,
                m.bodySha256, body, payload);
    }
}
