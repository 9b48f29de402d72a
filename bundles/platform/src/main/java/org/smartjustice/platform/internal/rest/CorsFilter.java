package org.smartjustice.platform.internal.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * Cross-origin calls from host UIs served on other origins (CORS): the configured origins only.
 * A preflight carries no token, so it is answered here, before authentication; an answer to an
 * allowed origin says so, and what headers the browser may show the calling script.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class },
        configurationPid = HttpConfig.PID, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP, "osgi.jaxrs.name=justice.cors" })
@Designate(ocd = HttpConfig.class)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match, "
            + "Cache-Control";
    static final String EXPOSED = "Location, ETag, Retry-After, Content-Disposition";

    private volatile Set<String> origins = Set.of();
    private volatile int maxAge = 600;

    @Activate
    @Modified
    void configure(HttpConfig config) {
        origins = Arrays.stream(config.corsAllowedOrigins().split(",")).map(String::trim)
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
        maxAge = Math.max(0, config.corsMaxAgeSeconds());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeaderString("Access-Control-Request-Method") != null;
        if (!preflight) {
            return;
        }
        if (!origins.contains(origin)) {
            request.abortWith(Problems.response(new ProblemException(403, "cors-origin-forbidden", "不允许跨域访问",
                    "来源 " + origin + " 不在允许跨域访问的来源之列")));
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", METHODS)
                .header("Access-Control-Allow-Headers", HEADERS)
                .header("Access-Control-Max-Age", String.valueOf(maxAge))
                .header("Vary", "Origin")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (origin == null || !origins.contains(origin) || headers.containsKey("Access-Control-Allow-Origin")) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED);
        headers.add("Vary", "Origin");
    }
}
