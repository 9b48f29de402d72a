package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;

class RoleCheckFilterTest {

    @RequiresRole(Role.DISTRICT_ADMIN)
    static class AdminsOnly {

        public void inherited() {
        }

        @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR })
        public void supervisors() {
        }
    }

    static class Open {

        public void anyone() {
        }
    }

    private static Principal caller(Role... roles) {
        return new Principal("u1", "用户", Set.of(roles), Set.of("410102"));
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }

    @Test
    void aMethodWithoutAnnotationTakesItsClasss() throws Exception {
        Method m = method(AdminsOnly.class, "inherited");
        assertDoesNotThrow(() -> RoleCheckFilter.check(m, AdminsOnly.class, caller(Role.DISTRICT_ADMIN)));
        ProblemException e = assertThrows(ProblemException.class,
                () -> RoleCheckFilter.check(m, AdminsOnly.class, caller(Role.GRID_WORKER)));
        assertEquals(403, e.status());
        assertEquals("forbidden", e.type());
        assertTrue(e.detail().contains("DISTRICT_ADMIN"), e.detail());
    }

    @Test
    void aMethodsAnnotationReplacesItsClasss() throws Exception {
        Method m = method(AdminsOnly.class, "supervisors");
        assertDoesNotThrow(() -> RoleCheckFilter.check(m, AdminsOnly.class, caller(Role.CITY_SUPERVISOR)));
        ProblemException e = assertThrows(ProblemException.class,
                () -> RoleCheckFilter.check(m, AdminsOnly.class, caller(Role.DISTRICT_ADMIN)));
        assertTrue(e.detail().contains("SUPERVISOR") && e.detail().contains("CITY_SUPERVISOR"), e.detail());
    }

    @Test
    void undeclaredMethodsAndLocatorsPass() throws Exception {
        assertDoesNotThrow(() -> RoleCheckFilter.check(method(Open.class, "anyone"), Open.class, Principal.ANONYMOUS));
        assertDoesNotThrow(() -> RoleCheckFilter.check(null, null, Principal.ANONYMOUS));
    }

    @Test
    void anonymousCallersHaveNoRole() throws Exception {
        Method m = method(AdminsOnly.class, "inherited");
        assertThrows(ProblemException.class, () -> RoleCheckFilter.check(m, AdminsOnly.class, Principal.ANONYMOUS));
        assertEquals(List.of(Role.DISTRICT_ADMIN), List.of(AdminsOnly.class.getAnnotation(RequiresRole.class).value()));
    }
}
