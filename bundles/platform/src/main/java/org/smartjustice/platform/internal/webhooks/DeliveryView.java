package org.smartjustice.platform.internal.webhooks;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.rest.JsonProvider;

/**
 * A delivery as operators see it; {@code payload} (the body sent) in the detail only. The endpoint
 * is shown by name: its URL and secret stay in the configuration.
 */
public record DeliveryView(String id, String eventId, String endpoint, String tenant, String type, String subject,
                           DeliveryState state, int attempts, OffsetDateTime nextAttemptAt,
                           OffsetDateTime lastAttemptAt, Integer lastStatus, String lastError,
                           OffsetDateTime createdAt, OffsetDateTime deliveredAt, JsonNode payload) {

    static DeliveryView of(DeliveryEntity d, boolean withPayload) {
        JsonNode payload = null;
        if (withPayload) {
            try {
                payload = JsonProvider.MAPPER.readTree(d.body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                payload = null;
            }
        }
        return new DeliveryView(d.id, d.eventId, d.endpoint, d.tenant, d.type, d.subject, d.state, d.attempts,
                d.state == DeliveryState.PENDING ? UtcTimes.toOffset(d.nextAttemptAt) : null,
                UtcTimes.toOffset(d.lastAttemptAt), d.lastStatus, d.lastError, UtcTimes.toOffset(d.createdAt),
                UtcTimes.toOffset(d.deliveredAt), payload);
    }
}
