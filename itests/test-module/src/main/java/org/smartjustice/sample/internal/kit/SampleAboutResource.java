package org.smartjustice.sample.internal.kit;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.TenantContext;

/** A second tenant-scoped resource of the same module: the platform serves both side by side. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=sample")
@Produces(MediaType.APPLICATION_JSON)
public class SampleAboutResource implements JusticeResource {

    @Reference
    private TenantContext context;

    @GET
    @Path("about")
    public Map<String, String> about() {
        return Map.of("module", "sample", "tenant", context.requireTenant());
    }
}
