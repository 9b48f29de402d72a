package org.smartjustice.map.internal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapPageServletTest {

    @Test
    void theDirectoryIsTheIndexPage() {
        assertEquals("index.html", MapPageServlet.resource("/"));
        assertEquals("index.html", MapPageServlet.resource(""));
    }

    @Test
    void filesOfTheWebFolder() {
        assertEquals("map.js", MapPageServlet.resource("/map.js"));
        assertEquals("lib/leaflet/leaflet.css", MapPageServlet.resource("/lib/leaflet/leaflet.css"));
        assertEquals("lib/leaflet/images/marker-icon-2x.png", MapPageServlet.resource("/lib/leaflet/images/marker-icon-2x.png"));
    }

    @Test
    void nothingOutsideItAndNoListings() {
        assertNull(MapPageServlet.resource("/../OSGI-INF/x.xml"));
        assertNull(MapPageServlet.resource("/lib/../../META-INF/MANIFEST.MF"));
        assertNull(MapPageServlet.resource("/lib/"));
        assertNull(MapPageServlet.resource("/.hidden"));
        assertNull(MapPageServlet.resource("/a//b.js"));
        assertNull(MapPageServlet.resource("/a\\b.js"));
        assertNull(MapPageServlet.resource("/%2e%2e/x"));
    }

    @Test
    void contentTypes() {
        assertEquals("text/html; charset=UTF-8", MapPageServlet.contentType("index.html"));
        assertEquals("text/javascript; charset=UTF-8", MapPageServlet.contentType("lib/leaflet/leaflet.js"));
        assertEquals("text/css; charset=UTF-8", MapPageServlet.contentType("map.css"));
        assertEquals("image/png", MapPageServlet.contentType("lib/leaflet/images/layers.png"));
        assertEquals("text/plain; charset=UTF-8", MapPageServlet.contentType("lib/leaflet/LICENSE"));
        assertEquals("application/octet-stream", MapPageServlet.contentType("x.bin"));
    }

    @Test
    void framesAreAllowedForTheConfiguredAncestorsOnly() {
        assertTrue(MapPageServlet.csp("'self'").endsWith("; frame-ancestors 'self'"));
        assertTrue(MapPageServlet.csp("'self' https://grid.example.gov.cn https://*.zz.gov.cn:8443")
                .endsWith("; frame-ancestors 'self' https://grid.example.gov.cn https://*.zz.gov.cn:8443"));
        assertTrue(MapPageServlet.csp("").endsWith("; frame-ancestors 'none'"));
        assertTrue(MapPageServlet.csp("https://ok.example\r\nSet-Cookie: x=1 javascript:alert(1) *")
                .endsWith("; frame-ancestors https://ok.example"));
    }
}
