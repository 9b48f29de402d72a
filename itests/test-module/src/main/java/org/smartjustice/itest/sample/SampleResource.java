package org.smartjustice.itest.sample;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;

/** Every read path (list, by id, search, count) and the writes, all through the platform's TenantPersistence. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=sample")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResource implements JusticeResource {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-sample)")
    private TenantPersistence jpa;

    @GET
    @Path("notes")
    public List<SampleNote.NoteView> list() {
        return jpa.read(em -> em.createQuery("select n from SampleNote n order by n.title", SampleNote.class)
                .getResultList().stream().map(SampleNote::view).toList());
    }

    @GET
    @Path("notes/search")
    public List<SampleNote.NoteView> search(@QueryParam("q") String q) {
        return jpa.read(em -> em.createQuery("select n from SampleNote n where n.title like :q", SampleNote.class)
                .setParameter("q", "%" + (q == null ? "" : q) + "%")
                .getResultList().stream().map(SampleNote::view).toList());
    }

    @GET
    @Path("notes/count")
    public Map<String, Long> count() {
        return Map.of("count", jpa.read(em -> em.createQuery("select count(n) from SampleNote n", Long.class)
                .getSingleResult()));
    }

    @GET
    @Path("notes/{id}")
    public SampleNote.NoteView get(@PathParam("id") String id) {
        return jpa.find(SampleNote.class, id).orElseThrow(() -> ProblemException.notFound("没有编号为 " + id + " 的记录"))
                .view();
    }

    @POST
    @Path("notes")
    public SampleNote.NoteView create(NoteInput input) {
        input.validate();
        return jpa.write(em -> {
            SampleNote note = new SampleNote(input.title(), input.kind());
            em.persist(note);
            em.flush();
            return note.view();
        });
    }

    @PUT
    @Path("notes/{id}")
    @RequiresRole(Role.DISTRICT_ADMIN)
    public SampleNote.NoteView update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                                      NoteInput input) {
        input.validate();
        long expected = ExpectedVersion.require(ifMatch, input.version());
        return jpa.write(em -> {
            SampleNote note = em.find(SampleNote.class, id);
            if (note == null) {
                throw ProblemException.notFound("没有编号为 " + id + " 的记录");
            }
            note.requireVersion(expected);
            note.change(input.title(), input.kind());
            em.flush();
            return note.view();
        });
    }
}
