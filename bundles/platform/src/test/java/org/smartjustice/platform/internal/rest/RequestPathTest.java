package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;

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

    @Test
    void rawPathsAreDecodedLikeTheMatcherDecodesThem() {
        RequestPath p = RequestPath.ofRaw("t/4101%302/menu");

        assertEquals("410102", p.tenant());
        assertEquals("t/410102/menu", p.path());
        assertEquals("410102", RequestPath.ofRaw("/public/t/410102/map/").tenant());
    }

    @Test
    void oddPathFormsAreRefused() {
        for (String raw : new String[] { "t;x/410102/menu", "t/410102;v=1/venues", "t/410102/venues;a",
                "t//410102/menu", "/t/410102//venues", "t/%2e%2e/410102/menu", "t/./410102/menu", "t/../t/410102",
                "t/410102%2Fvenues", "t/410102%5cvenues", "t/410102%00/menu", "t/%zz/menu", "t/41%0a0102/menu",
                "public;x/t/410102/map", "public/t/410102/map/..%2F..%2Fx" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> RequestPath.ofRaw(raw), raw);
            assertEquals(400, e.status(), raw);
            assertEquals("bad-path", e.type(), raw);
        }
    }

    @Test
    void platformEndpointsAboutATenantNameItForTheAudit() {
        assertEquals("410102", RequestPath.of("platform/tenants/410102/modules/venues").subjectTenant());
        assertEquals("410102", RequestPath.of("platform/tenants/410102").subjectTenant());
        assertNull(RequestPath.of("platform/tenants/410102").tenant(), "not a tenant-scoped request");
        assertNull(RequestPath.of("platform/tenants").subjectTenant());
    }
}
