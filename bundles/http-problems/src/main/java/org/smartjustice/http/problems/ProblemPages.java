package org.smartjustice.http.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

/**
 * The RFC 9457 body of an answer Jetty gives on its own: a stable type and a zh-CN title per
 * status, a detail for people, nothing of the cause (no exception, no stack, no server version).
 */
final class ProblemPages {

    static final String MEDIA_TYPE = "application/problem+json;charset=UTF-8";

    private ProblemPages() {
    }

    static byte[] json(int status) {
        String[] typeAndTitle = switch (status) {
            case 400 -> new String[] { "bad-request", "请求无效", "请求的格式无效" };
            case 401 -> new String[] { "unauthorized", "未认证", "需要有效的访问令牌" };
            case 403 -> new String[] { "forbidden", "无权访问", "无权执行该操作" };
            case 404 -> new String[] { "not-found", "资源不存在", "请求的路径不存在" };
            case 405 -> new String[] { "method-not-allowed", "不支持的请求方法", "该路径不支持此 HTTP 方法" };
            case 413 -> new String[] { "payload-too-large", "请求体过大", "请求体超过上限" };
            case 414 -> new String[] { "uri-too-long", "请求地址过长", "请求地址超过 16 KB 的上限" };
            case 415 -> new String[] { "unsupported-media-type", "不支持的内容类型", "请求体的类型或字符集不受支持" };
            case 431 -> new String[] { "headers-too-large", "请求头过大", "请求头合计超过 16 KB 的上限" };
            case 503 -> new String[] { "unavailable", "服务暂时不可用", "请稍后重试" };
            case 505 -> new String[] { "http-version-not-supported", "不支持的 HTTP 版本", "请使用 HTTP/1.1" };
            default -> status >= 500
                    ? new String[] { "internal-error", "服务器内部错误", "请求处理失败，请联系平台运维人员" }
                    : new String[] { "http-" + status, "请求无法处理", "HTTP " + status };
        };
        return ("{\"type\":\"" + typeAndTitle[0] + "\",\"title\":\"" + typeAndTitle[1] + "\",\"status\":" + status
                + ",\"detail\":\"" + typeAndTitle[2] + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** What both handlers show: nothing of the cause. */
    static void hideInternals(org.eclipse.jetty.server.handler.ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowServlet(false);
        handler.setShowMessageInTitle(false);
    }

    static void write(HttpServletResponse response, int status) throws IOException {
        byte[] body = json(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
