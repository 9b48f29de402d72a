package org.smartjustice.sample.internal.kit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.webhooks.Webhooks;
import org.smartjustice.sample.internal.notes.NoteEntity;
import org.smartjustice.sample.internal.notes.NoteInput;

/** Webhook events published inside a module's write, as a module does (WebhooksIT). */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=sample")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleEventsResource implements JusticeResource {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-sample)")
    private TenantPersistence jpa;

    @Reference
    private Webhooks webhooks;

    @Reference(target = "(osgi.jndi.service.name=justice)")
    private DataSource dataSource;

    /** Stores a note and publishes its event in the same transaction. */
    @POST
    @Path("events")
    public Map<String, Object> create(NoteInput input) {
        input.validate();
        return jpa.write(em -> {
            NoteEntity note = new NoteEntity(input.title(), input.kind());
            em.persist(note);
            em.flush();
            String eventId = webhooks.publish("sample.note.created", "notes/" + note.view().id(), note.view());
            return Map.of("noteId", note.view().id(), "eventId", eventId);
        });
    }

    /** Publishes, then fails: neither the note nor the event may be stored. */
    @POST
    @Path("events/refused")
    public Map<String, Object> refused(NoteInput input) {
        input.validate();
        return jpa.write(em -> {
            NoteEntity note = new NoteEntity(input.title(), input.kind());
            em.persist(note);
            em.flush();
            webhooks.publish("sample.note.refused", "notes/" + note.view().id(), note.view());
            throw new ProblemException(409, "sample-refused", "示例：写入被拒绝", "发布事件之后失败，事务回滚");
        });
    }

    /**
     * The database sessions seen inside one write (the module's entity manager, and the DataSource
     * asked directly, as the platform's unit asks it) and outside any transaction (two connections
     * held at once): one session per transaction means one resource and no two-phase commit.
     */
    @POST
    @Path("events/sessions")
    public Map<String, Object> sessions(NoteInput input) throws SQLException {
        input.validate();
        List<String> inside = jpa.write(em -> {
            NoteEntity note = new NoteEntity(input.title(), input.kind());
            em.persist(note);
            em.flush();
            String moduleSession = session(em);
            webhooks.publish("sample.note.created", "notes/" + note.view().id(), note.view());
            try (Connection c = dataSource.getConnection()) {
                return List.of(moduleSession, session(c));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            return Map.of("inTransaction", inside, "outside", List.of(session(a), session(b)));
        }
    }

    private static String sql(String product) {
        return product.toLowerCase().contains("postgres") ? "select pg_backend_pid()" : "select session_id()";
    }

    private String session(EntityManager em) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // Native SQL is off by default for units with multitenant entities; this query reads no table.
        return String.valueOf(em.createNativeQuery(sql(product)).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult());
    }

    private static String session(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql(c.getMetaData().getDatabaseProductName()))) {
            rs.next();
            return rs.getString(1);
        }
    }
}
