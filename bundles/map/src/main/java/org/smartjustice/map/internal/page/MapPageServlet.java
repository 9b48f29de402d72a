package org.smartjustice.map.internal.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.smartjustice.map.internal.MapConfig;

/**
 * The public map page at {@code /map/} (HTTP Whiteboard): {@code web/} of this bundle, with
 * Leaflet and Leaflet.markercluster from their WebJars under {@code web/lib/} (copied in at build
 * time: no CDN). {@code /map} redirects to {@code /map/}, which is {@code index.html}. Only files
 * of {@code web/} are served, and nothing is listed.
 */
@Component(service = Servlet.class, configurationPid = MapConfig.PID, property = {
        "osgi.http.whiteboard.servlet.pattern=/map",
        "osgi.http.whiteboard.servlet.pattern=/map/*",
        "osgi.http.whiteboard.servlet.name=justice-map-page" })
public class MapPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ROOT = "web/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "json", "application/json; charset=UTF-8",
            "txt", "text/plain; charset=UTF-8");
    /**
     * The page talks to its own origin only; tiles may come from the configured tile server (any
     * http/https image source), styles are set inline by Leaflet.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; "
            + "img-src 'self' data: blob: http: https:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";

    private static final Logger LOG = Logger.getLogger(MapPageServlet.class.getName());
    private static final Pattern SOURCE = Pattern.compile("'self'|'none'|https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private transient Bundle bundle;
    private String version;
    private volatile String csp = csp("'self'");

    @Activate
    void activate(BundleContext context, MapConfig config) {
        bundle = context.getBundle();
        version = Long.toHexString(bundle.getLastModified()) + "-" + bundle.getVersion();
        configure(config);
    }

    @Modified
    void configure(MapConfig config) {
        csp = csp(config.frameAncestors());
    }

    /** The page's policy with the configured frame ancestors; what is not a source expression is dropped. */
    static String csp(String frameAncestors) {
        StringBuilder sources = new StringBuilder();
        for (String source : (frameAncestors == null ? "" : frameAncestors).trim().split("\\s+")) {
            if (source.isEmpty()) {
                continue;
            }
            if (!SOURCE.matcher(source).matches()) {
                LOG.warning(() -> MapConfig.PID + ": frameAncestors: ignoring " + source);
                continue;
            }
            sources.append(sources.length() == 0 ? "" : " ").append(source);
        }
        return CSP + "; frame-ancestors " + (sources.length() == 0 ? "'none'" : sources);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String pathInfo = req.getPathInfo();
        if (pathInfo == null) {
            String query = req.getQueryString();
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", req.getContextPath() + "/map/" + (query == null ? "" : "?" + query));
            return;
        }
        String path = resource(pathInfo);
        URL entry = path == null ? null : bundle.getEntry(ROOT + path);
        if (entry == null || entry.getPath().endsWith("/") || bundle.getEntry(ROOT + path + "/") != null) {
            resp.setContentType("text/plain; charset=UTF-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().write("404 页面不存在");
            return;
        }
        String tag = "\"" + version + "-" + Integer.toHexString(path.hashCode()) + "\"";
        resp.setHeader("ETag", tag);
        resp.setHeader("Cache-Control", path.startsWith("lib/") ? "public, max-age=86400" : "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String type = contentType(path);
        if (type.startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", csp);
        }
        if (tag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(type);
        try (InputStream in = entry.openStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The file under {@code web/} for a path info ({@code /} is the index); null for anything unsafe. */
    static String resource(String pathInfo) {
        if (pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/")) {
            return "index.html";
        }
        String p = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        if (p.endsWith("/") || !SAFE.matcher(p).matches() || p.contains("..")) {
            return null;
        }
        return p;
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "txt" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
