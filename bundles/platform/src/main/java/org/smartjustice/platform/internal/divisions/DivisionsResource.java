package org.smartjustice.platform.internal.divisions;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.rest.Jaxrs;

/**
 * The division tree for host UIs' pickers (street, community): one division with the divisions
 * directly below it. Public statistical codes, the same for every caller, so any signed-in caller
 * reads them and browsers may keep them for an hour.
 */
@Component(service = DivisionsResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE })
@Path("platform/divisions")
@Produces(MediaType.APPLICATION_JSON)
public class DivisionsResource {

    private static final CacheControl HOUR = CacheControl.valueOf("private, max-age=3600");

    @Reference
    private Divisions divisions;

    /** The city and its districts. */
    @GET
    @Operation(operationId = "getCity", summary = "郑州市及其区县")
    public Response city() {
        return answer(divisions.city());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getDivision", summary = "区划及其下一级",
            description = "区县 6 位、乡镇（街道）9 位、村（社区）12 位统计用区划代码；范围为近似的外包框。")
    public Response get(@PathParam("code") String code) {
        Division d = divisions.find(code).orElseThrow(() -> new ProblemException(404, "division-not-found",
                "区划不存在", "没有代码为 " + ProblemException.shownId(code) + " 的区划（统计用区划代码：区县 6 位、乡镇（街道）9 位、村（社区）12 位）"));
        return answer(d);
    }

    private Response answer(Division d) {
        List<DivisionView.Child> children = divisions.children(d.code()).stream()
                .map(c -> new DivisionView.Child(c.code(), c.name())).toList();
        return Response.ok(DivisionView.of(d, children)).cacheControl(HOUR).build();
    }
}
