package org.smartjustice.platform.internal.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.Jaxrs;

/** Read-only access to the audit log for operators and city supervisors. */
@Component(service = AuditResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE,
        Jaxrs.NEEDS_ROLES })
@Path("platform/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Reference
    private AuditService audit;

    @Reference
    private RequestContext context;

    @GET
    @RequiresRole({ Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @Operation(operationId = "listAuditEntries", summary = "查询审计日志",
            description = "平台运维人员与市级监督人员可查。指定 tenant 时须能代表该租户；不指定时，非全市令牌只看到其所辖租户的记录。")
    public Page<AuditView> list(@QueryParam("tenant") String tenant, @QueryParam("principal") String principal,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Set.of("occurredAt"), "-occurredAt");
        String wanted = Validation.blankToNull(tenant);
        if (wanted != null) {
            context.requireMayActFor(wanted);
        }
        // Without a tenant filter a caller of some tenants reads those tenants' records only.
        Principal caller = context.principal();
        Set<String> visible = caller.mayActFor(Principal.ALL_TENANTS) ? null : caller.tenants();
        return audit.find(new AuditService.AuditQuery(wanted, visible, Validation.blankToNull(principal), time("from", from),
                time("to", to)), request);
    }

    private static java.time.LocalDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UtcTimes.toUtc(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "应为带时区的 ISO-8601 时间，如 2026-11-23T08:00:00+08:00");
        }
    }
}
