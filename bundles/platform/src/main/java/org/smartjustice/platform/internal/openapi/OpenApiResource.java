package org.smartjustice.platform.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.internal.audit.AuditResource;
import org.smartjustice.platform.internal.divisions.DivisionsResource;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;
import org.smartjustice.platform.internal.modules.ModulesResource;
import org.smartjustice.platform.internal.modules.TenantModulesResource;
import org.smartjustice.platform.internal.rest.HealthResource;
import org.smartjustice.platform.internal.rest.Jaxrs;
import org.smartjustice.platform.internal.rest.PublicGateway;
import org.smartjustice.platform.internal.rest.TenantGateway;
import org.smartjustice.platform.internal.schedules.SchedulesResource;
import org.smartjustice.platform.internal.tenants.TenantsResource;
import org.smartjustice.platform.internal.webhooks.WebhooksResource;
import org.smartjustice.platform.internal.webhooks.inbound.InboundResource;

/**
 * {@code GET /api/v1/openapi.json} (anonymous): the platform's resources and those of the modules
 * installed right now. Built once per change of the module registry, not per request.
 */
@Component(service = OpenApiResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE })
@Path("openapi.json")
public class OpenApiResource {

    /** Every JAX-RS resource of the platform bundle; OpenApiResourceTest checks none is missing. */
    static final List<Class<?>> PLATFORM_RESOURCES = List.of(AuditResource.class, DivisionsResource.class, HealthResource.class,
            ModulesResource.class, OpenApiResource.class, PublicGateway.class, TenantGateway.class,
            SchedulesResource.class, TenantModulesResource.class, TenantsResource.class, WebhooksResource.class,
            InboundResource.class);

    private static final Logger LOG = Logger.getLogger(OpenApiResource.class.getName());

    private record Cached(long generation, byte[] json) {
    }

    @Reference
    private ModuleRegistry registry;

    private String version;
    private volatile Cached cached;

    @Activate
    void activate(BundleContext context) {
        version = context.getBundle().getVersion().toString();
    }

    /** Bytes, not a model: swagger's own mapper writes them, and the application's JSON provider leaves byte[] alone. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApiDocument", summary = "接口文档（OpenAPI 3）",
            description = "平台及当前已安装模块的全部接口；模块装卸后随之变化。")
    public Response document() {
        // Read the generation before the registry: a change during the build leaves a stale tag,
        // so the next request rebuilds rather than serving an outdated document for good.
        long generation = registry.generation();
        Cached current = cached;
        if (current == null || current.generation() != generation) {
            current = rebuild(generation);
        }
        return Response.ok(current.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** One build at a time: swagger's reader leans on shared singletons, and concurrent callers can share the result. */
    private synchronized Cached rebuild(long generation) {
        Cached current = cached;
        if (current != null && current.generation() >= generation) {
            return current; // built by another caller meanwhile
        }
        long start = System.nanoTime();
        current = new Cached(generation, OpenApiDocument.json(OpenApiDocument.build(version, PLATFORM_RESOURCES,
                modules(registry))));
        cached = current;
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.fine(() -> "OpenAPI document rebuilt in " + millis + " ms");
        return current;
    }

    /** Modules whose JusticeModule service is up, as the gateways serve them. */
    static List<OpenApiDocument.ModuleApi> modules(ModuleRegistry registry) {
        Map<String, List<JusticeResource>> tenant = registry.tenantResources();
        Map<String, List<JusticeResource>> open = registry.publicResources();
        TreeSet<String> ids = new TreeSet<>(tenant.keySet());
        ids.addAll(open.keySet());
        List<OpenApiDocument.ModuleApi> apis = new ArrayList<>();
        for (String id : ids) {
            registry.module(id).map(InstalledModule::module).ifPresent(m -> apis.add(new OpenApiDocument.ModuleApi(
                    id, m.title(), classes(tenant.get(id)), classes(open.get(id)), m.parameters())));
        }
        return apis;
    }

    private static List<Class<?>> classes(List<JusticeResource> resources) {
        return resources == null ? List.of() : resources.stream().<Class<?>>map(Object::getClass).toList();
    }
}
