package org.smartjustice.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.internal.context.RequestContext;

/**
 * Enforces {@link RequiresRole} after matching. CXF runs post-matching filters again for the
 * method a sub-resource locator leads to, so a module's resource behind the gateways is checked
 * on its own method; the locator itself carries no annotation and passes.
 */
@Component(service = ContainerRequestFilter.class, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP,
        "osgi.jaxrs.name=" + RoleCheckFilter.NAME })
@javax.annotation.Priority(javax.ws.rs.Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    static final String NAME = "justice.roles";

    @Context
    private ResourceInfo resource;

    @Reference
    private RequestContext context;

    @Override
    public void filter(ContainerRequestContext request) {
        check(resource.getResourceMethod(), resource.getResourceClass(), context.principal());
    }

    /** @throws ProblemException 403 naming the roles when the caller has none of those declared */
    static void check(Method method, Class<?> type, Principal caller) {
        RequiresRole declared = method == null ? null : method.getAnnotation(RequiresRole.class);
        if (declared == null && type != null) {
            declared = type.getAnnotation(RequiresRole.class);
        }
        if (declared == null) {
            return;
        }
        List<Role> roles = Arrays.asList(declared.value());
        if (!caller.hasAnyRole(roles)) {
            throw new ProblemException(403, "forbidden", "无权访问", "此操作需要以下角色之一："
                    + roles.stream().map(r -> r.name() + "（" + r.title() + "）").collect(Collectors.joining("、")));
        }
    }
}
