package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestPathTest {

    @Test
    void tenantPathNamesTheTenantAndNeedsAuthentication() {
        RequestPath p = RequestPath.of("t/410102/venues");

        assertEquals("410102", p.tenant());
        assertFalse(p.anonymous());
        assertFalse(p.publicTenantPath());
        assertEquals("t/410102/venues", p.path());
    }

    @Test
    void tenantRootPathNamesTheTenant() {
        RequestPath p = RequestPath.of("/t/zhengdong");

        assertEquals("zhengdong", p.tenant());
        assertFalse(p.anonymous());
    }

    @Test
    void publicTenantPathIsAnonymousAndNamesTheTenant() {
        RequestPath p = RequestPath.of("/public/t/410102/map/x");

        assertEquals("410102", p.tenant());
        assertTrue(p.anonymous());
        assertTrue(p.publicTenantPath());
        assertEquals("public/t/410102/map/x", p.path(), "leading slashes are dropped");
    }

    @Test
    void healthAndOpenApiAreAnonymousWithoutTenant() {
        for (String path : new String[] { "platform/health", "/platform/health", "openapi.json" }) {
            RequestPath p = RequestPath.of(path);
            assertTrue(p.anonymous(), path);
            assertNull(p.tenant(), path);
            assertFalse(p.publicTenantPath(), path);
        }
    }

    @Test
    void platformEndpointsNeedAuthenticationAndHaveNoTenant() {
        RequestPath p = RequestPath.of("platform/tenants");

        assertFalse(p.anonymous());
        assertNull(p.tenant());
    }

    @Test
    void lookalikePathsAreNotAnonymous() {
        assertFalse(RequestPath.of("platform/health/../tenants").anonymous());
        assertFalse(RequestPath.of("platform/healthz").anonymous());
        assertFalse(RequestPath.of("public/platform/tenants").anonymous());
        assertFalse(RequestPath.of("x/public/t/410102/map").anonymous());
        assertNull(RequestPath.of("x/t/410102/venues").tenant());
    }

    @Test
    void nullOrEmptyPathIsAuthenticatedWithoutTenant() {
        assertFalse(RequestPath.of(null).anonymous());
        assertNull(RequestPath.of("").tenant());
    }
}
