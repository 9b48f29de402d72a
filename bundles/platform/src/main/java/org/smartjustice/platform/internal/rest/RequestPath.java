package org.smartjustice.platform.internal.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the path of a request (relative to {@value Jaxrs#BASE}) says about how it must be served:
 * anonymous or authenticated, and for which tenant.
 */
public record RequestPath(String path, boolean anonymous, boolean publicTenantPath, String tenant) {

    private static final Pattern TENANT = Pattern.compile("(public/)?t/([^/]+)(/.*)?");

    public static RequestPath of(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        Matcher m = TENANT.matcher(path);
        String tenant = m.matches() ? m.group(2) : null;
        boolean publicTenant = m.matches() && m.group(1) != null;
        boolean anonymous = publicTenant || path.equals("platform/health") || path.equals("openapi.json");
        return new RequestPath(path, anonymous, publicTenant, tenant);
    }
}
