package org.smartjustice.platform.api.problem;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Ends a request with an RFC 9457 problem. The platform renders it as
 * {@code application/problem+json}; modules throw it and never build error responses themselves.
 *
 * <p>{@code type} is a short, stable slug such as {@code module-not-enabled} (a relative URI
 * reference) that clients can switch on; {@code title} is a zh-CN summary for people.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Ids and codes as this product makes them: UUIDs, division and grid codes, dotted names. */
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

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

    /**
     * 404 for a {@code kind} (a zh-CN noun: 阵地, 成员, 导入任务) with that id: 「没有编号为 … 的阵地」.
     * The id is repeated only when it is well formed ({@link #shownId}).
     *
     * @since 1.3
     */
    public static ProblemException notFound(String kind, String id) {
        return notFound("没有编号为 " + shownId(id) + " 的" + kind);
    }

    /**
     * The id as a message may show it: as it is when it looks like an id of this product (letters,
     * digits, {@code . _ : -}, at most 64 characters), else 「（格式不正确的编号）」, so that a message
     * never repeats a caller's 5,000 characters or a bidirectional override.
     *
     * @since 1.3
     */
    public static String shownId(String id) {
        return id != null && WELL_FORMED_ID.matcher(id).matches() ? id : "（格式不正确的编号）";
    }

    /**
     * 503 {@code module-unavailable}: an optional module this request needs is not installed now
     * (the map without venues, a template that names a venue without venues). Installing the
     * module's feature ends it; nothing else is wrong with the request.
     *
     * @param module the module's id, e.g. {@code venues}
     * @param title  the module's zh-CN title, e.g. 阵地管理
     * @since 1.3
     */
    public static ProblemException moduleUnavailable(String module, String title) {
        return new ProblemException(503, "module-unavailable", "所需模块未安装",
                "此功能需要模块「" + title + "」（" + module + "），该模块当前未安装");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "无权访问", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "数据已被他人修改", detail);
    }
}
