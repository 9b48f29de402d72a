package org.smartjustice.platform.api.jobs;

import java.time.OffsetDateTime;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * A job as its poll shows it.
 *
 * @param kind   what it does, e.g. {@code venues.import}
 * @param caller the subject of the token that started it
 * @param total  the units of work (rows), 0 when unknown
 * @param done   the units done so far; for a failed job, how far it got
 * @param report what the work returned (JSON: maps, lists, strings, numbers), once {@code DONE}
 * @param error  why it failed, once {@code FAILED}
 */
public record Job(String id, String kind, String tenant, String caller, JobState state, long total, long done,
                  Object report, String error, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    /**
     * {@code 202 Accepted} with the job and a {@code Location} to poll: the request's own path
     * followed by the id. A path, not an absolute URI: that would be built from the request's Host
     * header, and a client polling it would send its token wherever the header pointed.
     */
    public Response accepted(UriInfo request) {
        String base = request.getBaseUri().getRawPath().replaceAll("/+$", "");
        String path = request.getPath(false).replaceAll("^/+", "").replaceAll("/+$", "");
        return Response.accepted(this).header(HttpHeaders.LOCATION, base + "/" + path + "/" + id).build();
    }
}
