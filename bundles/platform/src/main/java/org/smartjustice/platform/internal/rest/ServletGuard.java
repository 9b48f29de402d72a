package org.smartjustice.platform.internal.rest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Refuses what CXF fails on outside JAX-RS, where no problem mapper runs, before it sees it: a
 * request body in a charset that does not exist ({@code charset=bogus}: 415) and characters that
 * may not stand in a URI ({@code <}, {@code "}, {@code |} …: 400). A servlet filter on the
 * application's web context (the one the JAX-RS whiteboard makes for it).
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=justice.guard",
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + Jaxrs.APP_NAME + ")" })
public class ServletGuard implements Filter {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!uriCharacters(http.getRequestURI()) || !uriCharacters(http.getQueryString())) {
            refuse(response, new ProblemBody("bad-path", "请求路径无效", 400,
                    "请求地址中有不允许出现在 URI 中的字符，请先进行百分号编码", java.util.List.of()));
            return;
        }
        if (!escapes(http.getQueryString())) {
            refuse(response, new ProblemBody("validation-failed", "请求参数校验失败", 400,
                    "查询参数中有无效的百分号编码（% 后应为两位十六进制数）",
                    java.util.List.of(new org.smartjustice.platform.api.problem.FieldError("query", "无效的百分号编码"))));
            return;
        }
        String charset = charsetOf(http.getContentType());
        if (charset != null && !supported(charset)) {
            refuse(response, new ProblemBody("unsupported-media-type", "不支持的字符集", 415,
                    "请求体的字符集 " + charset + " 不存在，请使用 UTF-8", java.util.List.of()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(ServletResponse response, ProblemBody problem) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        byte[] body = JsonProvider.MAPPER.writeValueAsBytes(problem);
        http.setStatus(problem.status());
        http.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setContentLength(body.length);
        http.getOutputStream().write(body);
    }

    /** Whether every {@code %} of the raw text starts an escape of two hex digits (CXF fails with a 500 otherwise). */
    static boolean escapes(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the raw text holds only what RFC 3986 allows in a URI (percent escapes included). */
    static boolean uriCharacters(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    static boolean supported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
