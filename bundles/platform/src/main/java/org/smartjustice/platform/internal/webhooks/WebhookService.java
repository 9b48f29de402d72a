package org.smartjustice.platform.internal.webhooks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.webhooks.Webhooks;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.JsonProvider;

/**
 * {@link Webhooks} for one module bundle (bundle scope, like the other services a module holds).
 * The deliveries are inserted through the platform's unit with {@code Required}: inside a module's
 * {@code TenantPersistence.write} they join its JTA transaction, and both units borrow from the one
 * XA pool, which hands a transaction one connection: one resource, committed in one phase.
 */
@Component(service = Webhooks.class, scope = ServiceScope.BUNDLE)
public class WebhookService implements Webhooks {

    static final Pattern TYPE = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");
    static final int TYPE_MAX = 128;
    static final int SUBJECT_MAX = 512;

    @Reference
    private RequestContext context;

    @Reference
    private WebhookEndpoints endpoints;

    @Reference
    private DeliveryStore store;

    @Override
    public String publish(String type, String subject, Object data) {
        String tenant = context.requireTenant();
        if (type == null || type.length() > TYPE_MAX || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type " + type + ": dotted lower-case words, e.g. rosters.task.accepted");
        }
        if (subject != null && subject.length() > SUBJECT_MAX) {
            throw new IllegalArgumentException("event subject longer than " + SUBJECT_MAX);
        }
        String eventId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        List<Endpoint> to = endpoints.subscribed(type, tenant);
        if (to.isEmpty()) {
            return eventId;
        }
        LocalDateTime now = UtcTimes.now();
        String body = body(type, UtcTimes.toOffset(now).toString(), tenant, subject, data);
        List<DeliveryEntity> rows = new ArrayList<>();
        for (Endpoint endpoint : to) {
            DeliveryEntity d = new DeliveryEntity();
            d.id = UUID.randomUUID().toString();
            d.eventId = eventId;
            d.endpoint = endpoint.name();
            d.tenant = tenant;
            d.type = type;
            d.subject = subject;
            d.body = body;
            d.state = DeliveryState.PENDING;
            d.nextAttemptAt = now;
            d.createdAt = now;
            rows.add(d);
        }
        store.insert(rows);
        return eventId;
    }

    /** The Standard Webhooks payload: type, timestamp, and the data, with our tenant and subject. */
    static String body(String type, String timestamp, String tenant, String subject, Object data) {
        JsonNode json = data == null ? JsonProvider.MAPPER.createObjectNode() : JsonProvider.MAPPER.valueToTree(data);
        if (!json.isObject()) {
            throw new IllegalArgumentException("event data must be a JSON object, not " + json.getNodeType());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", timestamp);
        body.put("tenant", tenant);
        body.put("subject", subject);
        body.put("data", json);
        try {
            return JsonProvider.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }
}
