package org.smartjustice.platform.internal.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.problem.ProblemException;

/**
 * What the path of a request (relative to {@value Jaxrs#BASE}) says about how it must be served:
 * anonymous or authenticated, for which tenant, and which tenant a write is about (for the audit).
 */
public record RequestPath(String path, boolean anonymous, boolean publicTenantPath, String tenant,
                          String subjectTenant) {

    private static final Pattern TENANT = Pattern.compile("(public/)?t/([^/]+)(/.*)?");
    private static final Pattern PLATFORM_TENANT = Pattern.compile("platform/tenants/([^/]+)(/.*)?");

    public RequestPath(String path, boolean anonymous, boolean publicTenantPath, String tenant) {
        this(path, anonymous, publicTenantPath, tenant, tenant);
    }

    /** Reads a decoded path; see {@link #ofRaw(String)} for what a request brings. */
    public static RequestPath of(String decodedPath) {
        String path = decodedPath == null ? "" : decodedPath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        Matcher m = TENANT.matcher(path);
        String tenant = m.matches() ? m.group(2) : null;
        boolean publicTenant = m.matches() && m.group(1) != null;
        boolean anonymous = publicTenant || path.equals("platform/health") || path.equals("openapi.json");
        String subject = tenant;
        Matcher platform = PLATFORM_TENANT.matcher(path);
        if (subject == null && platform.matches()) {
            subject = platform.group(1);
        }
        return new RequestPath(path, anonymous, publicTenant, tenant, subject);
    }

    /**
     * Reads the raw (still percent-encoded) path of a request. Forms that JAX-RS would match
     * differently from how they read — matrix parameters ({@code t;x/410102}), empty, dot or
     * dot-dot segments, encoded slashes or backslashes, control characters, malformed escapes —
     * are refused, so that the tenant checked here is always the tenant the resources see.
     *
     * @throws ProblemException 400 {@code bad-path}
     */
    public static RequestPath ofRaw(String rawPath) {
        String raw = rawPath == null ? "" : rawPath;
        if (raw.startsWith("/")) {
            raw = raw.substring(1);
        }
        if (raw.indexOf(';') >= 0) {
            throw badPath("路径中不能含有矩阵参数（;）");
        }
        String[] segments = raw.split("/", -1);
        StringBuilder decoded = new StringBuilder(raw.length());
        for (int i = 0; i < segments.length; i++) {
            String segment = decode(segments[i]);
            boolean last = i == segments.length - 1;
            if (segment.isEmpty() && !last && segments.length > 1 || segment.equals(".") || segment.equals("..")) {
                throw badPath("路径中不能有空的、“.” 或 “..” 段");
            }
            for (int c = 0; c < segment.length(); c++) {
                char ch = segment.charAt(c);
                if (ch == '/' || ch == '\\' || ch < 0x20 || ch == 0x7f) {
                    throw badPath("路径中不能含有编码的斜杠、反斜杠或控制字符");
                }
            }
            if (i > 0) {
                decoded.append('/');
            }
            decoded.append(segment);
        }
        return of(decoded.toString());
    }

    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            // '+' is a plus in a path, not a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw badPath("路径中有无效的百分号编码");
        }
    }

    private static ProblemException badPath(String detail) {
        return new ProblemException(400, "bad-path", "请求路径无效", detail);
    }
}
