package org.smartjustice.platform.internal.context;

import java.util.Arrays;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * Holds the scope of the request the current thread serves. The REST filters open the scope once
 * the caller is authenticated and close it when the response is written; opening a second scope
 * on the same thread is refused, so a request's tenant cannot change while it runs.
 */
@Component(service = {TenantContext.class, RequestContext.class})
public class RequestContext implements TenantContext {

    private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Conditions> CONDITIONS = new ThreadLocal<>();

    /**
     * What the request says about copies it has ({@code If-None-Match}, {@code If-Modified-Since})
     * and whether it may be answered from memory (not on {@code Cache-Control: no-cache}).
     */
    public record Conditions(String ifNoneMatch, java.util.Date ifModifiedSince, boolean noCache) {

        public static final Conditions NONE = new Conditions(null, null, false);
    }

    /** Sets the conditions of the request being served (the request-scope filter does). */
    public void conditions(Conditions conditions) {
        CONDITIONS.set(conditions);
    }

    /** The conditions of the request being served; none for background work. */
    public Conditions conditions() {
        Conditions c = CONDITIONS.get();
        return c == null ? Conditions.NONE : c;
    }

    /** Opens the scope of a request. */
    public void open(Principal principal, String tenant) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a request scope is already open on this thread");
        }
        CURRENT.set(new RequestScope(principal, tenant));
    }

    /** Closes the scope; safe to call when none is open. */
    public void close() {
        CURRENT.remove();
        CONDITIONS.remove();
    }

    /** The scope of the current request, to hand to a background task; empty outside a request. */
    Optional<RequestScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs the work inside the given scope on this (pool) thread and closes it afterwards. */
    public <T> T runIn(RequestScope scope, java.util.concurrent.Callable<T> work) throws Exception {
        open(scope.principal(), scope.tenant());
        try {
            return work.call();
        } finally {
            close();
        }
    }

    public boolean isOpen() {
        return CURRENT.get() != null;
    }

    @Override
    public Optional<String> tenant() {
        RequestScope scope = CURRENT.get();
        return scope == null ? Optional.empty() : Optional.ofNullable(scope.tenant());
    }

    @Override
    public String requireTenant() {
        return tenant().orElseThrow(() -> new IllegalStateException("no tenant is set for this request"));
    }

    @Override
    public Principal principal() {
        RequestScope scope = CURRENT.get();
        if (scope == null) {
            throw new IllegalStateException("no request scope is open on this thread");
        }
        return scope.principal();
    }

    /**
     * The one rule of tenant access, for reads and writes alike, platform endpoints included: a token
     * acts only for the tenants it names ({@code *}: every tenant), whatever its roles.
     *
     * @throws ProblemException 403 {@code tenant-forbidden}
     */
    public void requireMayActFor(String tenant) {
        if (!principal().mayActFor(tenant)) {
            throw tenantForbidden(tenant);
        }
    }

    public static ProblemException tenantForbidden(String tenant) {
        return new ProblemException(403, "tenant-forbidden", "无权访问该租户", "当前用户不能代表租户 " + tenant + " 操作");
    }

    @Override
    public void requireAnyRole(Role... roles) {
        if (!principal().hasAnyRole(Arrays.asList(roles))) {
            throw ProblemException.forbidden("需要以下角色之一：" + Arrays.toString(roles));
        }
    }
}
