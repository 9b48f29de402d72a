package org.smartjustice.platform.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * A method that takes a body (an entity parameter: one without a JAX-RS annotation) gets one:
 * a request without refuses with 400 naming {@code body}, so no resource checks its input for null.
 * Runs after matching, like {@link RoleCheckFilter}, and after it (the role decides first).
 */
@Component(service = ContainerRequestFilter.class, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP,
        "osgi.jaxrs.name=justice.body" })
@javax.annotation.Priority(javax.ws.rs.Priorities.USER)
public class RequiredBodyFilter implements ContainerRequestFilter {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, MatrixParam.class, CookieParam.class, FormParam.class, BeanParam.class, Context.class);

    @Context
    private ResourceInfo resource;

    /**
     * Per resource method: reading its parameters' annotations on every request was a visible share of a
     * request's time. Weak keys: a module's methods go with its bundle.
     */
    private static final Map<Method, Boolean> TAKES_BODY = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null && TAKES_BODY.computeIfAbsent(method, RequiredBodyFilter::takesBody) && !request.hasEntity()) {
            throw ProblemException.invalidField("body", "缺少请求体");
        }
    }

    static boolean takesBody(Method method) {
        if (method == null) {
            return false;
        }
        for (Parameter p : method.getParameters()) {
            boolean annotated = false;
            for (Annotation a : p.getAnnotations()) {
                annotated |= NOT_THE_BODY.contains(a.annotationType());
            }
            if (!annotated) {
                return true;
            }
        }
        return false;
    }
}
