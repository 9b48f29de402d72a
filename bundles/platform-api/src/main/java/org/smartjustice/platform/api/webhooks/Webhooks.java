package org.smartjustice.platform.api.webhooks;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tells the host platform of events. Each module bundle gets its own instance (bundle scope).
 */
@ProviderType
public interface Webhooks {

    /**
     * Queues the event for every configured host endpoint that subscribes to its type and tenant.
     * Called inside a {@code TenantPersistence.write} callback it joins that transaction: the event
     * is stored if and only if the change commits. Delivery happens afterwards, in the background;
     * a retried event may arrive after a later one, so put a version in {@code data} for receivers
     * to ignore stale events (as DESIGN §4 asks of inbound webhooks).
     *
     * @param type    dotted, starting with the module id, e.g. {@code rosters.task.accepted}
     * @param subject what the event is about, e.g. {@code tasks/<id>} (shown to operators with the delivery)
     * @param data    serialised as JSON into the body's {@code data}
     * @return the event's id, sent as {@code webhook-id} (the same on every retry)
     * @throws IllegalStateException outside a tenant's scope
     */
    String publish(String type, String subject, Object data);
}
