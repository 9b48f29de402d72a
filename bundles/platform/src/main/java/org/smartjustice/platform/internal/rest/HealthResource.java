package org.smartjustice.platform.internal.rest;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

/** Anonymous liveness probe for load balancers; also the trivial baseline of the benchmarks. */
@Component(service = HealthResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE })
@Path("platform/health")
public class HealthResource {

    private static final Map<String, String> UP = Map.of("status", "UP");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> health() {
        return UP;
    }
}
