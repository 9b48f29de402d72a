package org.smartjustice.platform.internal.rest;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.OptimisticLockException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

/** Turns anything thrown while serving a request into a problem response, never leaking internals. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    /** Seconds a client should wait before it tries again after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    public static Response response(ProblemException p) {
        Response.ResponseBuilder builder = Response.status(p.status())
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(new ProblemBody(p.type(), p.title(), p.status(), p.detail(), p.errors()));
        if (p.status() == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }

    public static Response toResponse(Throwable thrown) {
        ProblemException problem = find(thrown, ProblemException.class);
        if (problem != null) {
            return response(problem);
        }
        JsonProcessingException json = find(thrown, JsonProcessingException.class);
        if (json != null && !(json instanceof InvalidDefinitionException) && !(json instanceof StreamWriteException)) {
            // Reading the request body failed: the client's fault. Writing a response (or a type
            // Jackson cannot handle at all) is ours.
            return response(fromJson(json));
        }
        if (find(thrown, OptimisticLockException.class) != null) {
            return response(ProblemException.conflict("数据已被他人修改，请刷新后重试"));
        }
        if (duplicateKey(thrown)) {
            // Two writes of the same thing at once: each checked first, the database caught the second.
            LOG.log(Level.FINE, "unique constraint refused a concurrent write", thrown);
            return response(new ProblemException(409, "conflict", "数据已存在",
                    "相同的数据刚由另一请求保存，请刷新后查看"));
        }
        if (databaseUnavailable(thrown)) {
            // Not this request's fault, and not for the log each time: health says DOWN meanwhile.
            LOG.log(Level.FINE, "database unavailable", thrown);
            return response(DATABASE_UNAVAILABLE);
        }
        WebApplicationException wae = find(thrown, WebApplicationException.class);
        if (wae != null) {
            return fromWebApplication(wae);
        }
        if (clientWentAway(thrown)) {
            // Nothing failed here and nobody will read an answer: not an incident for operators.
            LOG.log(Level.FINE, "client closed the connection while the answer was written", thrown);
            return response(new ProblemException(400, "client-closed", "客户端已断开连接", null));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "request failed, incident " + incident, thrown);
        return response(new ProblemException(500, "internal-error", "服务器内部错误",
                "请求处理失败，事件编号 " + incident + "，请联系平台运维人员"));
    }

    static ProblemException fromJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "未知字段";
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                List<String> allowed = new ArrayList<>();
                for (Object c : invalid.getTargetType().getEnumConstants()) {
                    allowed.add(((Enum<?>) c).name());
                }
                message = "不是有效的取值，可选：" + String.join(", ", allowed);
            } else {
                message = "类型或格式不正确";
            }
            return ProblemException.badRequest("请求体字段 " + field + " 无效", List.of(new FieldError(field, message)));
        }
        boolean aboutAValue = e instanceof InputCoercionException || e instanceof JsonProvider.RefusedValue
                || String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
        if (aboutAValue && e instanceof StreamReadException read && read.getProcessor() != null
                && read.getProcessor().getParsingContext() != null) {
            // A value the parser refused (too long, out of range, not UTF-8): name the field it was in.
            String field = path(read.getProcessor().getParsingContext());
            if (field != null) {
                return ProblemException.badRequest("请求体字段 " + field + " 无效",
                        List.of(new FieldError(field, "取值无效：" + read.getOriginalMessage())));
            }
        }
        return ProblemException.badRequest("请求体不是有效的 JSON", List.of(new FieldError("body", "无法解析的 JSON")));
    }

    private static String path(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static Response fromWebApplication(WebApplicationException wae) {
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        ProblemException p = switch (status) {
            case 400 -> new ProblemException(400, "bad-request", "请求无效", "请求的参数或格式无效");
            case 401 -> new ProblemException(401, "unauthorized", "未认证", "需要有效的访问令牌");
            case 403 -> ProblemException.forbidden("无权执行该操作");
            case 404 -> ProblemException.notFound("请求的路径不存在");
            case 405 -> new ProblemException(405, "method-not-allowed", "不支持的请求方法", "该路径不支持此 HTTP 方法");
            case 406 -> new ProblemException(406, "not-acceptable", "无法提供请求的格式",
                    "该路径无法提供 Accept 所要求的格式；各接口的格式见 /api/v1/openapi.json");
            // Not only JSON: imports take CSV, XLSX and forms. The document says what each path takes.
            case 415 -> new ProblemException(415, "unsupported-media-type", "不支持的内容类型",
                    "该路径不接受此 Content-Type 的请求体；各接口接受的类型见 /api/v1/openapi.json");
            default -> status >= 500
                    ? new ProblemException(status, "internal-error", "服务器内部错误", "请求处理失败")
                    : new ProblemException(status, "http-" + status, "请求无法处理", "HTTP " + status);
        };
        Response.ResponseBuilder builder = Response.fromResponse(response(p));
        if (wae.getResponse() != null && wae.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, wae.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    /**
     * The client closed the connection while the answer was being written: Jetty's EofException
     * (known by name: the platform does not depend on Jetty) or the socket errors under it. Socket
     * errors under a database error are the database's connection, an incident.
     */
    static boolean clientWentAway(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException) {
                return false;
            }
            if ("EofException".equals(c.getClass().getSimpleName())) {
                return true;
            }
            String message = c.getMessage();
            if (c instanceof IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset by peer"))) {
                return true;
            }
        }
        return false;
    }

    static final ProblemException DATABASE_UNAVAILABLE = new ProblemException(503, "database-unavailable",
            "数据库暂时不可用", "数据库连接中断，请稍后重试；已确认的数据不会丢失");

    /**
     * The database cannot be reached: SQLSTATE class 08 (connection exception) and 57P (PostgreSQL
     * shutting down), the JDBC connection exception types, a pool that cannot get or make a
     * connection, or the transaction manager losing its resource (XAER_RMFAIL).
     */
    static boolean databaseUnavailable(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException || c instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || message.startsWith("Cannot get a connection") || message.startsWith("Cannot create PoolableConnectionFactory")) {
                    return true;
                }
            }
            if (c instanceof javax.transaction.xa.XAException xa && xa.errorCode == javax.transaction.xa.XAException.XAER_RMFAIL) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE 23505, unique violation: the same code in H2 and PostgreSQL. */
    static boolean duplicateKey(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
