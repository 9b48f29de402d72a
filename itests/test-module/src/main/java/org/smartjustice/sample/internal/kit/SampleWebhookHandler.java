package org.smartjustice.sample.internal.kit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.webhooks.InboundWebhook;
import org.smartjustice.platform.api.webhooks.InboundWebhookHandler;
import org.smartjustice.sample.internal.notes.NoteEntity;

/**
 * Takes the host's {@code sample.*} webhooks (InboundWebhooksIT): each becomes a note titled by its
 * {@code data.title}, written in the message's tenant; {@code data.fail = true} writes the note and
 * then fails, so the note must roll back with the platform's mark. A note of the scope it ran in
 * shows the caller the platform gave it ({@code data.scope = true}).
 */
@Component(service = InboundWebhookHandler.class, property = InboundWebhookHandler.EVENTS + "=sample.*")
public class SampleWebhookHandler implements InboundWebhookHandler {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-sample)")
    private TenantPersistence jpa;

    @Reference
    private TenantContext context;

    @Override
    public void handle(InboundWebhook message) {
        Object title = message.data().get("title");
        String text = title == null ? message.type() : title.toString();
        if (Boolean.TRUE.equals(message.data().get("scope"))) {
            text = text + " " + context.requireTenant() + " " + context.principal().subject();
        }
        String stored = text.length() > 50 ? text.substring(0, 50) : text;
        jpa.write(em -> {
            em.persist(new NoteEntity(stored, NoteEntity.Kind.NOTE));
            em.flush();
            if (Boolean.TRUE.equals(message.data().get("fail"))) {
                throw new IllegalStateException("示例：写入之后处理失败");
            }
            return null;
        });
    }
}
