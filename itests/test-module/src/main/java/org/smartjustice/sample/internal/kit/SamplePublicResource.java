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

@Component(service = JusticeResource.class, property = { JusticeResource.MODULE + "=sample",
        JusticeResource.SCOPE + "=" + JusticeResource.SCOPE_PUBLIC })
@Produces(MediaType.APPLICATION_JSON)
public class SamplePublicResource implements JusticeResource {

    @Reference
    private TenantContext context;

    @GET
    @Path("hello")
    public Map<String, String> hello() {
        return Map.of("tenant", context.requireTenant(), "caller", context.principal().subject());
    }
}
