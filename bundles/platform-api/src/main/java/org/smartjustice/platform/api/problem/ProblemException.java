package org.smartjustice.platform.api.problem;

import java.util.List;
import java.util.Objects;

/**
 * Ends a request with an RFC 9457 problem. The platform renders it as
 * {@code application/problem+json}; modules throw it and never build error responses themselves.
 *
 * <p>{@code type} is a short, stable slug such as {@code module-not-enabled} (a relative URI
 * reference) that clients can switch on; {@code title} is a zh-CN summary for people.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "validation-failed", "请求参数校验失败", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return badRequest("字段 " + field + " 无效：" + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "资源不存在", what);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "无权访问", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "数据已被他人修改", detail);
    }
}
