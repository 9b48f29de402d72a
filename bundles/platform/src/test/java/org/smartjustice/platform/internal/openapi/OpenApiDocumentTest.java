package org.smartjustice.platform.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final List<OpenApiDocument.ModuleApi> X = List.of(new OpenApiDocument.ModuleApi("x", "示例模块",
            FakeModuleResources.Tenant.class, FakeModuleResources.Public.class));

    @Test
    void describesThePlatformResources() {
        OpenAPI api = OpenApiDocument.build("1.2.3", OpenApiResource.PLATFORM_RESOURCES, List.of());

        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertEquals(OpenApiDocument.TITLE, api.getInfo().getTitle());
        assertEquals("1.2.3", api.getInfo().getVersion());
        assertEquals("/api/v1", api.getServers().get(0).getUrl());
        assertEquals("JWT", api.getComponents().getSecuritySchemes().get(OpenApiDocument.BEARER).getBearerFormat());

        PathItem tenants = api.getPaths().get("/platform/tenants");
        assertNotNull(tenants.getGet());
        assertNotNull(tenants.getPost());
        assertNotNull(api.getPaths().get("/platform/tenants/{code}").getPut());
        assertNotNull(api.getPaths().get("/platform/tenants/{code}/modules").getGet());
        assertNotNull(api.getPaths().get("/t/{tenant}/menu").getGet());
        assertEquals(List.of(OpenApiDocument.PLATFORM_TAG), tenants.getGet().getTags());
        // The gateways' locators are no endpoints of their own.
        assertFalse(api.getPaths().containsKey("/t/{tenant}/{module}"), api.getPaths().keySet().toString());
        assertFalse(api.getPaths().containsKey("/public/t/{tenant}/{module}"));

        // Authenticated unless RequestPath says anonymous; errors are problem documents.
        assertNull(tenants.getGet().getSecurity(), "inherits the global bearer requirement");
        assertEquals(List.of(), api.getPaths().get("/platform/health").getGet().getSecurity());
        assertEquals(List.of(), api.getPaths().get("/openapi.json").getGet().getSecurity());
        assertNotNull(tenants.getGet().getResponses().get("200").getContent().get("application/json"));
        assertNotNull(tenants.getGet().getResponses().get("400").getContent().get("application/problem+json"));
        assertTrue(tenants.getGet().getResponses().get("401").getDescription().contains("invalid-token"));
        assertNull(api.getPaths().get("/platform/health").getGet().getResponses().get("401"), "anonymous");
        assertNotNull(api.getPaths().get("/platform/tenants/{code}").getPut().getResponses().get("409"));
        assertNotNull(tenants.getPost().getResponses().get("415"), "a body may be of the wrong type");
        assertTrue(api.getComponents().getSchemas().containsKey("ProblemBody"));
    }

    /** What generated clients and API portals need of every operation of the platform. */
    @Test
    void everyPlatformOperationHasASummaryAReadableIdAndDescribedParameters() {
        OpenAPI api = OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, List.of());
        Set<String> ids = new java.util.HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            assertNotNull(op.getSummary(), path);
            assertTrue(op.getOperationId().matches("[a-z][A-Za-z]+"), path + " " + op.getOperationId());
            assertTrue(ids.add(op.getOperationId()), "unique: " + op.getOperationId());
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> assertNotNull(p.getDescription(), path + " " + p.getName()));
            }
            assertTrue(op.getResponses().keySet().stream().anyMatch(c -> c.startsWith("4")), path);
        }));
        assertTrue(ids.contains("listTenants") && ids.contains("getMenu"), ids.toString());
        assertTrue(ids.containsAll(Set.of("listSchedules", "runScheduleSoon", "listWebhookDeliveries",
                "getWebhookDelivery", "retryWebhookDelivery")), ids.toString());
    }

    @Test
    void schedulesAndWebhookDeliveriesAreDescribed() {
        OpenAPI api = OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, List.of());
        assertNotNull(api.getPaths().get("/platform/schedules").getGet());
        assertNotNull(api.getPaths().get("/platform/schedules/{module}/{name}/run").getPost());
        assertEquals(List.of("page", "size", "state", "tenant", "type"),
                names(api.getPaths().get("/platform/webhooks/deliveries").getGet()).stream().sorted().toList());
        assertNotNull(api.getPaths().get("/platform/webhooks/deliveries/{id}").getGet());
        assertNotNull(api.getPaths().get("/platform/webhooks/deliveries/{id}/retry").getPost().getResponses().get("409"));
    }

    @Test
    void aModulesParametersAreDescribedByTheModuleAndTheSharedOnesByThePlatform() {
        OpenApiDocument.ModuleApi described = new OpenApiDocument.ModuleApi("x", "示例模块",
                List.of(FakeModuleResources.Tenant.class), List.of(), Map.of("q", "条目标题中包含的文字", "id", "条目编号"));
        OpenAPI api = OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, List.of(described));
        Operation list = api.getPaths().get("/t/{tenant}/x/items").getGet();
        assertEquals("条目标题中包含的文字", description(list, "q"));
        assertTrue(description(list, "tenant").startsWith("租户编码"), "the platform's own words for what it reads");
        assertEquals("条目编号", description(api.getPaths().get("/t/{tenant}/x/items/{id}").getGet(), "id"));

        // A module that says nothing gets no words of the platform's for its own parameters.
        OpenAPI silent = OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, X);
        assertNull(description(silent.getPaths().get("/t/{tenant}/x/items").getGet(), "q"));
        assertTrue(description(silent.getPaths().get("/t/{tenant}/x/items").getGet(), "tenant").startsWith("租户编码"));
    }

    private static String description(Operation op, String parameter) {
        return op.getParameters().stream().filter(p -> p.getName().equals(parameter)).findFirst().orElseThrow()
                .getDescription();
    }

    @Test
    void describesModuleResourcesUnderTheGatewayPaths() {
        OpenAPI api = OpenApiDocument.build("1.2.3", OpenApiResource.PLATFORM_RESOURCES, X);

        PathItem items = api.getPaths().get("/t/{tenant}/x/items");
        assertNotNull(items, api.getPaths().keySet().toString());
        assertNotNull(items.getGet());
        assertNotNull(items.getPost());
        assertNull(items.getPut());
        assertEquals(List.of("x"), items.getGet().getTags());
        assertEquals(List.of("q", "tenant"), names(items.getGet()).stream().sorted().toList());
        Parameter tenant = items.getGet().getParameters().stream().filter(p -> p.getName().equals("tenant"))
                .findFirst().orElseThrow();
        assertEquals("path", tenant.getIn());
        assertTrue(tenant.getRequired());
        assertEquals(List.of("id", "tenant"), names(api.getPaths().get("/t/{tenant}/x/items/{id}").getGet())
                .stream().sorted().toList());
        assertNull(items.getGet().getSecurity(), "tenant paths need a token");

        Operation hello = api.getPaths().get("/public/t/{tenant}/x/hello").getGet();
        assertNotNull(hello);
        assertEquals(List.of(), hello.getSecurity(), "public paths are anonymous");

        assertTrue(api.getComponents().getSchemas().containsKey("Item"), api.getComponents().getSchemas().keySet()
                .toString());
        Tag tag = api.getTags().stream().filter(t -> t.getName().equals("x")).findFirst().orElseThrow();
        assertEquals("示例模块", tag.getDescription());
        // Only the annotated methods: no helper, no Object method.
        assertEquals(Set.of("/t/{tenant}/x/items", "/t/{tenant}/x/items/{id}", "/public/t/{tenant}/x/hello"),
                api.getPaths().keySet().stream().filter(p -> p.contains("/x/")).collect(Collectors.toSet()));
    }

    @Test
    void aModuleThatIsGoneLeavesNoTrace() {
        OpenAPI with = OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, X);
        OpenAPI without = OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, List.of());

        assertTrue(with.getPaths().containsKey("/t/{tenant}/x/items"));
        assertFalse(without.getPaths().containsKey("/t/{tenant}/x/items"));
        assertTrue(without.getTags().stream().noneMatch(t -> t.getName().equals("x")));
        assertEquals(with.getPaths().size() - 3, without.getPaths().size());
    }

    @Test
    void serializesAsOpenApiJson() throws Exception {
        long start = System.nanoTime();
        byte[] json = OpenApiDocument.json(OpenApiDocument.build("1", OpenApiResource.PLATFORM_RESOURCES, X));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("OpenAPI document: " + json.length + " bytes, built and written in " + millis + " ms");

        JsonNode doc = new ObjectMapper().readTree(json);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        assertTrue(doc.at("/paths/~1t~1{tenant}~1x~1items/post/requestBody").isObject());
        assertEquals(0, doc.at("/paths/~1public~1t~1{tenant}~1x~1hello/get/security").size());
        assertTrue(doc.at("/paths/~1public~1t~1{tenant}~1x~1hello/get/security").isArray());
    }

    private static List<String> names(Operation op) {
        List<String> names = new ArrayList<>();
        op.getParameters().forEach(p -> names.add(p.getName()));
        return names;
    }
}
