package org.smartjustice.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.geo.CoordinateSystem;

class MapSettingsTest {

    @Test
    void defaultsMeanNoBaseMapAndWgs84() {
        MapSettings s = MapSettings.of(config("", "abc", "", "wgs84", 18));
        assertEquals(MapSettings.DEFAULTS, s);
        assertEquals(MapSettings.DEFAULTS, MapSettings.of(null));
        assertEquals(List.of("tenant", "tileUrl", "tileSubdomains", "attribution", "crs", "maxZoom"),
                List.copyOf(s.json("410102").keySet()));
        assertEquals(Map.of("tenant", "410102", "tileUrl", "", "tileSubdomains", "abc", "attribution", "", "crs", "wgs84",
                "maxZoom", 18), s.json("410102"));
    }

    @Test
    void aGcj02TileServer() {
        MapSettings s = MapSettings.of(config(" https://tiles.example/{z}/{x}/{y}.png ", "1234", "© 示例", "GCJ-02", 17));
        assertEquals("https://tiles.example/{z}/{x}/{y}.png", s.tileUrl());
        assertEquals("1234", s.tileSubdomains());
        assertEquals(CoordinateSystem.GCJ02, s.crs());
        assertEquals(17, s.maxZoom());
        assertEquals("gcj02", s.json("410102").get("crs"));
    }

    @Test
    void badValuesFallBackToDefaults() {
        MapSettings s = MapSettings.of(config("javascript:alert(1)", " ", null, "bd09", 40));
        assertEquals("", s.tileUrl());
        assertEquals("abc", s.tileSubdomains());
        assertEquals("", s.attribution());
        assertEquals(CoordinateSystem.WGS84, s.crs());
        assertEquals(18, s.maxZoom());
        assertEquals(CoordinateSystem.WGS84, MapSettings.of(config("", "abc", "", "mercator", 18)).crs());
    }

    static MapConfig config(String url, String subdomains, String attribution, String crs, int zoom) {
        return new MapConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MapConfig.class;
            }

            @Override
            public String tileUrl() {
                return url;
            }

            @Override
            public String tileSubdomains() {
                return subdomains;
            }

            @Override
            public String attribution() {
                return attribution;
            }

            @Override
            public String defaultCrs() {
                return crs;
            }

            @Override
            public int maxZoom() {
                return zoom;
            }

            @Override
            public String frameAncestors() {
                return "'self'";
            }
        };
    }
}
