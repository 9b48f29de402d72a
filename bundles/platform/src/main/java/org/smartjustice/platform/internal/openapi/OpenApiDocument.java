package org.smartjustice.platform.internal.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.smartjustice.platform.internal.rest.Jaxrs;
import org.smartjustice.platform.internal.rest.ProblemBody;
import org.smartjustice.platform.internal.rest.Problems;
import org.smartjustice.platform.internal.rest.RequestPath;

/**
 * Builds the OpenAPI 3 description of the platform's resources and of the modules' ones with
 * swagger-core's JAX-RS reader. Module resources have no class-level {@code @Path} (the gateways
 * reach them as sub-resources), so they are read as sub-resources of the path the gateway serves
 * them at. Plain Java: no OSGi needed, which keeps it unit-testable.
 */
public final class OpenApiDocument {

    static final String TITLE = "智慧司法 Smart Justice API";
    static final String BEARER = "bearer";
    static final String PLATFORM_TAG = "platform";
    private static final String PROBLEM = ProblemBody.class.getSimpleName();
    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

    /** A module's resources as the gateways serve them; either class may be null. */
    public record ModuleApi(String id, String title, List<Class<?>> tenantResources, List<Class<?>> publicResources,
                            Map<String, String> parameters) {

        public ModuleApi {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }

        /** A module with at most one resource per scope (null: none) and no parameter texts of its own. */
        public ModuleApi(String id, String title, Class<?> tenantResource, Class<?> publicResource) {
            this(id, title, tenantResource == null ? List.of() : List.of(tenantResource),
                    publicResource == null ? List.of() : List.of(publicResource), Map.of());
        }
    }

    private OpenApiDocument() {
    }

    public static OpenAPI build(String version, Collection<Class<?>> platformResources, List<ModuleApi> modules) {
        // Without annotations the reader files the return type under "default"; "200" is what the
        // resources answer, and leaves "default" for the problem document.
        Reader reader = new Reader(new SwaggerConfiguration().defaultResponseCode("200"));
        reader.read(new LinkedHashSet<>(platformResources));
        tagUntagged(reader.getOpenAPI(), PLATFORM_TAG);

        List<Tag> tags = new ArrayList<>(List.of(new Tag().name(PLATFORM_TAG).description("平台底座：租户、模块、菜单、审计")));
        for (ModuleApi module : modules) {
            tags.add(new Tag().name(module.id()).description(module.title()));
            module.tenantResources().forEach(r -> readModule(reader, r, "/t/{tenant}/" + module.id(), module.id()));
            module.publicResources().forEach(r -> readModule(reader, r, "/public/t/{tenant}/" + module.id(), module.id()));
        }

        OpenAPI api = reader.getOpenAPI()
                .info(new Info().title(TITLE).version(version)
                        .description("智慧司法平台及当前已安装模块的接口。模块装卸后本文档随之变化。"))
                .servers(List.of(new Server().url(Jaxrs.BASE)))
                .tags(tags)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("宿主平台签发的 JWT：Authorization: Bearer <token>"));
        ModelConverters.getInstance().readAll(ProblemBody.class).forEach(api.getComponents()::addSchemas);
        api.setPaths(sorted(api.getPaths()));
        Map<String, Map<String, String>> texts = new java.util.HashMap<>();
        modules.forEach(m -> texts.put(m.id(), m.parameters()));
        api.getPaths().forEach((path, item) -> decorate(path, item, parameterTexts(path, texts)));
        return api;
    }

    /** The document as JSON, written by swagger's own mapper so that it is valid OpenAPI. */
    public static byte[] json(OpenAPI api) {
        try {
            return Json.mapper().writeValueAsBytes(api);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    private static void readModule(Reader reader, Class<?> resource, String base, String tag) {
        if (resource == null) {
            return;
        }
        Parameter tenant = new PathParameter().name("tenant").description("租户编码（区县行政区划代码）")
                .schema(new StringSchema());
        try {
            reader.read(resource, base, null, true, null, null, new LinkedHashSet<>(List.of(tag)),
                    new ArrayList<>(List.of(tenant)), new HashSet<>());
        } catch (RuntimeException | LinkageError e) {
            // Reflection on a module whose bundle is going away can fail; that module must not
            // take the whole document down with it (its next change triggers a rebuild anyway).
            LOG.log(Level.WARNING, "cannot describe " + resource.getName() + " of module " + tag, e);
        }
    }

    private static void tagUntagged(OpenAPI api, String tag) {
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().stream()
                    .filter(op -> op.getTags() == null || op.getTags().isEmpty())
                    .forEach(op -> op.addTagsItem(tag)));
        }
    }

    private static Paths sorted(Paths paths) {
        Paths sorted = new Paths();
        if (paths != null) {
            new TreeMap<>(paths).forEach(sorted::addPathItem);
        }
        return sorted;
    }

    /**
     * What every operation shares: anonymous paths (as {@link RequestPath} decides for the live
     * requests) need no token; parameters without a text of their own get their owner's
     * ({@link #parameterTexts}); the errors the platform itself may answer are listed as
     * problem documents with their types ({@link ApiText#errors}), beside those a resource declares.
     */
    /**
     * Who describes a path's parameters: the platform what it reads for everyone ({@link ApiText#SHARED}),
     * and the owner of the path the rest: the platform its own operations, a module those under its id.
     */
    static Map<String, String> parameterTexts(String path, Map<String, Map<String, String>> modules) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:/public)?/t/\\{tenant\\}/([^/]+)").matcher(path);
        Map<String, String> owner = m.find() ? modules.getOrDefault(m.group(1), Map.of()) : ApiText.PLATFORM;
        Map<String, String> texts = new java.util.HashMap<>(owner);
        texts.putAll(ApiText.SHARED);
        return texts;
    }

    private static void decorate(String path, PathItem item, Map<String, String> parameterTexts) {
        RequestPath request = RequestPath.of(path);
        boolean anonymous = request.anonymous();
        for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
            Operation op = e.getValue();
            if (anonymous) {
                op.setSecurity(List.of());
            }
            if (op.getParameters() != null) {
                op.getParameters().stream().filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                        .forEach(p -> p.setDescription(parameterTexts.get(p.getName())));
            }
            if (op.getResponses() == null) {
                continue;
            }
            boolean body = op.getRequestBody() != null;
            ApiText.errors(anonymous, request.tenant() != null || path.contains("{"), body, e.getKey().name())
                    .forEach((status, types) -> {
                        if (!op.getResponses().containsKey(status)) {
                            op.getResponses().addApiResponse(status, problem(types));
                        }
                    });
            op.getResponses().remove("default");
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(Problems.MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }
}
