package org.smartjustice.platform.internal.rest;

import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.security.InvalidTokenException;
import org.smartjustice.platform.internal.security.TokenService;
import org.smartjustice.platform.internal.tenants.TenantStore;
import org.smartjustice.platform.internal.webhooks.inbound.InboundResource;

/**
 * Opens and closes the scope of every request. Before matching: refuse path forms that would be
 * matched differently from how they read (400), authenticate the bearer token (401; 503 while the
 * security configuration is unusable), refuse tokens without a role known here outside the public
 * paths (403), resolve the tenant of {@code /t/{tenant}/...} paths and check the caller may act for
 * it and that it is not suspended (404 / 403), then fix caller and tenant for the request. After
 * the response: mark it nosniff, record writes in the audit log (with the token's subject even when
 * refused) and close the scope.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class, RequestScopeFilter.class }, property = {
        Jaxrs.EXTENSION, Jaxrs.IN_APP, "osgi.jaxrs.name=justice.scope" })
@PreMatching
public class RequestScopeFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String BEARER = "Bearer ";
    private static final String PATH_PROPERTY = RequestScopeFilter.class.getName() + ".path";
    private static final String CALLER_PROPERTY = RequestScopeFilter.class.getName() + ".caller";

    @Reference
    private RequestContext context;

    @Reference
    private TokenService tokens;

    @Reference
    private TenantStore tenants;

    @Reference
    private AuditService audit;

    @Override
    public void filter(ContainerRequestContext request) {
        context.close();
        try {
            RequestPath path = RequestPath.ofRaw(request.getUriInfo().getPath(false));
            request.setProperty(PATH_PROPERTY, path);
            // A host's webhook carries no token: its signature, checked by the resource, is the credential.
            boolean anonymous = path.anonymous() || InboundResource.isReceipt(request.getMethod(), path.path());
            Principal caller = anonymous ? Principal.ANONYMOUS : authenticate(request);
            request.setProperty(CALLER_PROPERTY, caller);
            if (!anonymous && caller.roles().isEmpty()) {
                throw new ProblemException(403, "no-role", "无权访问",
                        "访问令牌中没有本系统的角色，只能使用公开接口");
            }
            if (path.tenant() != null) {
                checkTenant(path, caller);
            }
            context.open(caller, path.tenant());
            context.conditions(conditions(request));
        } catch (ProblemException e) {
            Response.ResponseBuilder refusal = Response.fromResponse(Problems.response(e));
            if (e.status() == 401) {
                refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"smartjustice\"");
            }
            request.abortWith(refusal.build());
        }
    }

    static RequestContext.Conditions conditions(ContainerRequestContext request) {
        java.util.Date since = null;
        String modifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (modifiedSince != null) {
            try {
                since = java.util.Date.from(java.time.ZonedDateTime.parse(modifiedSince.strip(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (java.time.format.DateTimeParseException malformed) {
                since = null;
            }
        }
        return new RequestContext.Conditions(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), since,
                noCache(request.getHeaders().get(HttpHeaders.CACHE_CONTROL)) || noCache(request.getHeaders().get("Pragma")));
    }

    /** {@code no-cache} (or {@code no-store}, {@code max-age=0}), as browsers send on a forced reload. */
    static boolean noCache(java.util.List<String> values) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String directive : value.split(",")) {
                String d = directive.trim().toLowerCase(java.util.Locale.ROOT);
                if (d.equals("no-cache") || d.equals("no-store") || d.equals("max-age=0")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Principal authenticate(ContainerRequestContext request) {
        tokens.configurationProblem().ifPresent(problem -> {
            throw new ProblemException(503, "platform-not-ready", "平台尚未就绪", problem);
        });
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ProblemException(401, "unauthorized", "未认证", "缺少 Bearer 访问令牌");
        }
        try {
            return tokens.verify(header.substring(BEARER.length()).trim());
        } catch (InvalidTokenException e) {
            throw new ProblemException(401, "invalid-token", "访问令牌无效", e.getMessage());
        } catch (IllegalStateException unusableConfiguration) {
            throw new ProblemException(503, "platform-not-ready", "平台尚未就绪", unusableConfiguration.getMessage());
        }
    }

    private void checkTenant(RequestPath path, Principal caller) {
        Tenant tenant = tenants.require(path.tenant());
        if (!path.publicTenantPath() && !caller.mayActFor(tenant.code())) {
            throw new ProblemException(403, "tenant-forbidden", "无权访问该租户",
                    "当前用户不能代表租户 " + tenant.code() + " 操作");
        }
        if (tenant.suspended()) {
            throw new ProblemException(403, "tenant-suspended", "租户已暂停",
                    "租户 " + tenant.name() + "（" + tenant.code() + "）已暂停，暂不提供服务");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            withUtf8(response);
            // No answer of the API is ever to be read as another type than it says.
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            // What a caller reads with a token is theirs (audit, menu, import reports, personal data):
            // no cache or browser on the way keeps it, unless the resource said otherwise.
            RequestPath path = (RequestPath) request.getProperty(PATH_PROPERTY);
            if (path != null && !path.anonymous() && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            // A stored webhook message (2xx) is audited with it, in the transaction that stored it.
            boolean receiptAudited = path != null && response.getStatus() < 300
                    && InboundResource.isReceipt(request.getMethod(), path.path());
            if (WRITES.contains(request.getMethod()) && !receiptAudited) {
                auditWrite(request, response);
            }
        } finally {
            context.close();
        }
    }

    private void auditWrite(ContainerRequestContext request, ContainerResponseContext response) {
        RequestPath path = (RequestPath) request.getProperty(PATH_PROPERTY);
        String target = path == null ? request.getUriInfo().getPath() : path.path();
        // A refused request has no scope: the caller is who the token said, if it was valid.
        Principal caller = context.isOpen() ? context.principal() : (Principal) request.getProperty(CALLER_PROPERTY);
        String principal = caller == null ? "anonymous" : caller.subject();
        String tenant = path == null ? null : path.subjectTenant();
        if (tenant == null && response.getEntity() instanceof Tenant created) {
            tenant = created.code();
        }
        int status = response.getStatus();
        String outcome = status < 400 ? "success" : "failure";
        String detail = "HTTP " + status;
        if (response.getEntity() instanceof ProblemBody problem) {
            detail += " " + problem.type();
        }
        audit.append(principal, tenant, request.getMethod() + " " + target, target, outcome, detail);
    }

    private static void withUtf8(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json") && !type.getParameters().containsKey("charset")) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8"));
        }
    }
}
