package org.smartjustice.platform.internal.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.smartjustice.platform.internal.security.TokenService;

/**
 * Anonymous health probe for load balancers (also the trivial baseline of the benchmarks):
 * {@code UP} (200) while the database answers, {@code DOWN} (503) while it does not, so that a
 * balancer takes the node out; warnings an operator must act on (the demo secret in production,
 * an unusable security configuration) are listed without taking the node out.
 */
@Component(service = HealthResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE })
@Path("platform/health")
public class HealthResource {

    /** The database is asked at most this often; probes under load must not become load. */
    static final long CHECK_EVERY_MILLIS = 1000;
    static final int VALID_TIMEOUT_SECONDS = 1;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jndi.service.name=justice)")
    private volatile DataSource dataSource;

    @Reference
    private TokenService tokens;

    private record Check(long at, String problem) {
    }

    private volatile Check database = new Check(0, null);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHealth", summary = "健康检查",
            description = "数据库不可用时回答 503 与 DOWN。")
    public Response health() {
        String dbProblem = database();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", dbProblem == null ? "UP" : "DOWN");
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("database", dbProblem == null ? Map.of("status", "UP") : Map.of("status", "DOWN", "detail", dbProblem));
        String authProblem = tokens.configurationProblem().or(tokens::warning).orElse(null);
        checks.put("authentication", authProblem == null ? Map.of("status", "UP") : Map.of("status", "WARNING", "detail", authProblem));
        body.put("checks", checks);
        Response.ResponseBuilder answer = Response.status(dbProblem == null ? 200 : 503).entity(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (dbProblem != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    private String database() {
        long now = System.currentTimeMillis();
        Check last = database;
        if (now - last.at() < CHECK_EVERY_MILLIS) {
            return last.problem();
        }
        String problem = probe();
        database = new Check(now, problem);
        return problem;
    }

    private String probe() {
        DataSource ds = dataSource;
        if (ds == null) {
            return "数据源未注册";
        }
        try (Connection c = ds.getConnection()) {
            return c.isValid(VALID_TIMEOUT_SECONDS) ? null : "数据库连接无效";
        } catch (SQLException | RuntimeException e) {
            return "无法连接数据库";
        }
    }
}
