package org.smartjustice.sample.internal.notes;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;

/** {@code .../sample/notes}: parameters, roles and answers; the store does the queries. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=sample")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource implements JusticeResource {

    @Reference
    private NoteStore notes;

    @GET
    @Path("notes")
    @Operation(operationId = "listSampleNotes", summary = "记录列表")
    public List<NoteEntity.NoteView> list() {
        return notes.list(null);
    }

    @GET
    @Path("notes/{id}")
    @Operation(operationId = "getSampleNote", summary = "一条记录")
    public NoteEntity.NoteView get(@PathParam("id") String id) {
        return notes.get(id);
    }

    @POST
    @Path("notes")
    @Operation(operationId = "createSampleNote", summary = "新增记录")
    public NoteEntity.NoteView create(NoteInput input) {
        input.validate();
        return notes.create(input);
    }

    @PUT
    @Path("notes/{id}")
    @RequiresRole(Role.DISTRICT_ADMIN)
    @Operation(operationId = "updateSampleNote", summary = "修改记录（乐观锁）")
    public NoteEntity.NoteView update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                                      NoteInput input) {
        input.validate();
        return notes.update(id, ExpectedVersion.require(ifMatch, input.version()), input);
    }
}
