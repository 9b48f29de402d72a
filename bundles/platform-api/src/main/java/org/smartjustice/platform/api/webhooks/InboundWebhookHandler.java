package org.smartjustice.platform.api.webhooks;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's receiver of the host's webhooks (DESIGN §4, inbound). Register it as a service with
 * {@value #EVENTS} naming the event types it takes. The platform verifies and stores every message
 * before answering the host, then calls the handler once per message, in the message's tenant scope
 * (principal {@code system:webhook:<sender>}), inside a JTA transaction in which the platform also
 * marks the message handled: a {@code TenantPersistence.write} of the handler joins it, so the
 * handler's writes and the mark commit together or not at all. A message is handed to one handler:
 * the one whose pattern names its type most closely (an exact type before the longest prefix before
 * {@code *}; then the higher {@code service.ranking}), and only while the handler's module is
 * enabled for the tenant; until then it waits, nothing is lost.
 */
@ConsumerType
public interface InboundWebhookHandler {

    /**
     * Service property: the event types taken, each a type ({@code supervision.grid-event.reported}),
     * a prefix ending in {@code .*} ({@code supervision.*}: every type below it) or {@code *}.
     */
    String EVENTS = "justice.webhook.events";

    /**
     * Handles one message. Throwing rolls back every write the handler joined to the platform's
     * transaction; the message stays pending and is handed over again later (with back-off), until
     * the platform's last attempt, after which operators see it FAILED. Writes must go through the
     * module's {@code TenantPersistence.write} (which joins the transaction), never in a transaction
     * of their own, or a retry repeats them.
     *
     * @param message the verified message and its parsed payload
     */
    void handle(InboundWebhook message) throws Exception;
}
