package org.smartjustice.rosters.internal.members;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.Answers;
import org.smartjustice.platform.api.rest.Question;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.RostersModule;

/**
 * {@code /api/v1/public/t/{tenant}/rosters/contacts}: whom the public can call in a grid or
 * community — members on duty who agreed to be listed, with their name, roles, unit and work
 * phone. Never a mobile, never an unlisted member.
 */
@Component(service = JusticeResource.class, property = { JusticeResource.MODULE + "=" + RostersModule.ID,
        JusticeResource.SCOPE + "=" + JusticeResource.SCOPE_PUBLIC })
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource implements JusticeResource {

    @Reference
    private MemberStore store;

    @Reference
    private Answers answers;

    /** A listed member, as the public sees them. */
    public record Contact(String name, List<Label> roles, String unit, String workPhone) {
    }

    @GET
    @Path("contacts")
    @Operation(operationId = "listPublicContacts", summary = "网格的法律顾问、调解员等联系人（公开）",
            description = "grid（网格编码）或 community（12 位社区（村）代码）二选一；只列出同意公开且在岗的成员：姓名、角色、工作单位、办公电话，不含手机号码。可按 role 筛选。",
            responses = @ApiResponse(responseCode = "200", description = "联系人",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = Contact.class)))))
    public Response contacts(@QueryParam("grid") String grid, @QueryParam("community") String community,
                             @QueryParam("role") List<RosterRole> roles) {
        new Validation().check(grid != null ^ community != null, "grid", "grid 与 community 须给出其一")
                .check(community == null || community.matches("\\d{12}"), "community", "应为 12 位社区（村）区划代码")
                .maxLength("grid", grid, 32).throwIfInvalid();
        List<RosterRole> wanted = roles == null || roles.isEmpty() ? List.of(RosterRole.values()) : roles;
        String question = "contacts grid=" + grid + " community=" + community + " roles=" + new java.util.TreeSet<>(wanted);
        return answers.answer(Question.of(question).revision(store.revision()), () -> store.listed(grid, community, wanted)
                .stream().map(m -> new Contact(m.name, MemberService.roles(m).stream().map(Label::of).toList(), m.unitName,
                        m.workPhone)).toList());
    }

}
