package org.smartjustice.sample.internal.notes;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.problem.ProblemException;

/** Every query of notes; the platform filters and stamps the tenant. */
@Component(service = NoteStore.class)
public class NoteStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-sample)")
    private TenantPersistence jpa;

    /** Notes in title order; with text, those whose title contains it ({@code %} and {@code _} taken literally). */
    public List<NoteEntity.NoteView> list(String text) {
        String like = Like.containing(text);
        return jpa.read(em -> (like == null
                ? em.createQuery("select n from NoteEntity n order by n.title, n.id", NoteEntity.class)
                : em.createQuery("select n from NoteEntity n where n.title like :q escape '\\' order by n.title, n.id",
                        NoteEntity.class).setParameter("q", like)).getResultList().stream().map(NoteEntity::view).toList());
    }

    public long count() {
        return jpa.read(em -> em.createQuery("select count(n) from NoteEntity n", Long.class).getSingleResult());
    }

    public NoteEntity.NoteView get(String id) {
        return jpa.find(NoteEntity.class, id).orElseThrow(() -> ProblemException.notFound("记录", id)).view();
    }

    public NoteEntity.NoteView create(NoteInput in) {
        return jpa.write(em -> {
            NoteEntity note = new NoteEntity(in.title(), in.kind());
            em.persist(note);
            em.flush();
            return note.view();
        });
    }

    public NoteEntity.NoteView update(String id, long expectedVersion, NoteInput in) {
        return jpa.write(em -> {
            NoteEntity note = em.find(NoteEntity.class, id);
            if (note == null) {
                throw ProblemException.notFound("记录", id);
            }
            note.requireVersion(expectedVersion);
            note.change(in.title(), in.kind());
            em.flush();
            return note.view();
        });
    }
}
