package org.smartjustice.supervision.internal.events;

import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.webhooks.InboundWebhook;
import org.smartjustice.platform.api.webhooks.InboundWebhookHandler;

/**
 * Takes the host's {@code supervision.grid-event.*} webhooks: the platform has verified the signature
 * and stored the message, and hands it here once, in its tenant's scope and its transaction. The
 * envelope's {@code data} is the event ({@code source} defaults to the sender's name); the whole body
 * is kept with the stored version. A version not newer than the stored one changes nothing.
 *
 * <p>A bad event stores nothing here: the handler fails naming the fields, so the platform keeps the
 * message (its own table, for operators) with that error and ends it {@code FAILED} after its retries.
 */
@Component(service = InboundWebhookHandler.class, property = InboundWebhookHandler.EVENTS + "=" + GridEventWebhookHandler.TYPES)
public class GridEventWebhookHandler implements InboundWebhookHandler {

    static final String TYPES = "supervision.grid-event.*";
    private static final Logger LOG = Logger.getLogger(GridEventWebhookHandler.class.getName());

    @Reference
    private EventService service;

    @Override
    public void handle(InboundWebhook message) {
        EventRules.Checked checked;
        try {
            checked = EventService.checkOrThrow(message.data(), message.sender());
        } catch (ProblemException e) {
            String fields = e.errors().stream().map(f -> "data." + f.field() + "：" + f.message()).collect(Collectors.joining("；"));
            throw new IllegalArgumentException("网格事件无效，未保存：" + fields);
        }
        EventService.Ingested done = service.ingestInTransaction(checked, EventVersionEntity.Channel.WEBHOOK,
                "webhook:" + message.sender() + "/" + message.id(), message.body());
        if (done.outcome() == EventService.Outcome.IGNORED) {
            LOG.fine(() -> message + ": " + done.note());
        }
    }
}
