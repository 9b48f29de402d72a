package org.smartjustice.platform.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.ProblemException;

class RequestContextTest {

    private static final Principal ADMIN = new Principal("admin", "区管理员", Set.of(Role.DISTRICT_ADMIN), Set.of("410102"));

    private final RequestContext context = new RequestContext();

    @AfterEach
    void closeScope() {
        context.close();
    }

    @Test
    void openExposesTenantAndPrincipal() {
        context.open(ADMIN, "410102");

        assertTrue(context.isOpen());
        assertEquals(Optional.of("410102"), context.tenant());
        assertEquals("410102", context.requireTenant());
        assertSame(ADMIN, context.principal());
    }

    @Test
    void openingASecondScopeOnTheSameThreadIsRefused() {
        context.open(ADMIN, "410102");

        assertThrows(IllegalStateException.class, () -> context.open(ADMIN, "410103"));
        assertThrows(IllegalStateException.class, () -> new RequestContext().open(ADMIN, "410103"),
                "the scope belongs to the thread, not to one RequestContext instance");
        assertEquals("410102", context.requireTenant(), "the first scope's tenant is kept");
    }

    @Test
    void closeClearsTheScopeSoItCanBeOpenedAgain() {
        context.open(ADMIN, "410102");
        context.close();

        assertFalse(context.isOpen());
        assertEquals(Optional.empty(), context.tenant());
        assertThrows(IllegalStateException.class, context::principal);

        context.open(Principal.ANONYMOUS, "410103");
        assertEquals("410103", context.requireTenant());
    }

    @Test
    void closeWithoutAnOpenScopeIsHarmless() {
        context.close();
        context.close();

        assertFalse(context.isOpen());
    }

    @Test
    void requireTenantFailsClosedWithoutATenant() {
        assertThrows(IllegalStateException.class, context::requireTenant);

        context.open(ADMIN, null);
        assertEquals(Optional.empty(), context.tenant());
        assertThrows(IllegalStateException.class, context::requireTenant);
    }

    @Test
    void scopeIsNotVisibleFromAnotherThread() {
        context.open(ADMIN, "410102");

        Optional<String> elsewhere = CompletableFuture.supplyAsync(context::tenant).join();

        assertEquals(Optional.empty(), elsewhere);
    }

    @Test
    void requireAnyRolePassesWithOneOfTheRoles() {
        context.open(ADMIN, "410102");

        context.requireAnyRole(Role.PLATFORM_OPERATOR, Role.DISTRICT_ADMIN);
    }

    @Test
    void requireAnyRoleRefusesWith403() {
        context.open(ADMIN, "410102");

        ProblemException e = assertThrows(ProblemException.class,
                () -> context.requireAnyRole(Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR));

        assertEquals(403, e.status());
        assertEquals("forbidden", e.type());
    }

    @Test
    void requireAnyRoleRefusesAnonymousCallers() {
        context.open(Principal.ANONYMOUS, "410102");

        ProblemException e = assertThrows(ProblemException.class, () -> context.requireAnyRole(Role.values()));
        assertEquals(403, e.status());
    }
}
