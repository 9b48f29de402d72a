package org.smartjustice.sample.internal.kit;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.sample.internal.notes.NoteEntity;
import org.smartjustice.sample.internal.notes.NoteStore;

/** Reads the itests count and search notes with (a search is a LIKE with the caller's wildcards escaped). */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=sample")
@Produces(MediaType.APPLICATION_JSON)
public class NoteQueriesResource implements JusticeResource {

    @Reference
    private NoteStore notes;

    @GET
    @Path("notes/search")
    @Operation(operationId = "searchSampleNotes", summary = "按标题查找记录")
    public List<NoteEntity.NoteView> search(@QueryParam("q") String q) {
        return notes.list(q);
    }

    @GET
    @Path("notes/count")
    @Operation(operationId = "countSampleNotes", summary = "记录条数")
    public Map<String, Long> count() {
        return Map.of("count", notes.count());
    }
}
