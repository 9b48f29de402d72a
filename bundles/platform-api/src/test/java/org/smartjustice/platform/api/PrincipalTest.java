package org.smartjustice.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PrincipalTest {

    @Test
    void mayActForEveryTenantWithTheWildcard() {
        Principal city = new Principal("u1", "市级", Set.of(Role.CITY_SUPERVISOR), Set.of(Principal.ALL_TENANTS));

        assertTrue(city.mayActFor("410102"));
        assertTrue(city.mayActFor("zhengdong"));
    }

    @Test
    void theOrganisationUnitIsOptionalAndBlankMeansNone() {
        assertEquals(null, new Principal("u1", "甲", Set.of(Role.EDITOR), Set.of("410102")).org());
        assertEquals(null, new Principal("u1", "甲", Set.of(Role.DEPARTMENT_LIAISON), Set.of("410100"), " ").org());
        assertEquals("ZZ-CGJ", new Principal("u1", "甲", Set.of(Role.DEPARTMENT_LIAISON), Set.of("410100"), "ZZ-CGJ").org());
    }

    @Test
    void mayActOnlyForTheTenantsNamedExplicitly() {
        Principal district = new Principal("u2", "区管理员", Set.of(Role.DISTRICT_ADMIN), Set.of("410102", "410103"));

        assertTrue(district.mayActFor("410102"));
        assertTrue(district.mayActFor("410103"));
        assertFalse(district.mayActFor("410105"));
        assertFalse(district.mayActFor("*"), "a literal * tenant must not match unless granted");
    }

    @Test
    void mayActForNoTenantWithoutTenants() {
        Principal nobody = new Principal("u3", null, Set.of(Role.EDITOR), Set.of());

        assertFalse(nobody.mayActFor("410102"));
    }

    @Test
    void hasAnyRoleWhenOneOfTheWantedRolesIsGranted() {
        Principal p = new Principal("u4", "编辑", Set.of(Role.EDITOR, Role.GRID_WORKER), Set.of("410102"));

        assertTrue(p.hasAnyRole(List.of(Role.DISTRICT_ADMIN, Role.EDITOR)));
        assertFalse(p.hasAnyRole(List.of(Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR)));
        assertFalse(p.hasAnyRole(List.of()), "no wanted role means no match");
    }

    @Test
    void anonymousHasNoRolesAndNoTenants() {
        assertTrue(Principal.ANONYMOUS.isAnonymous());
        assertFalse(Principal.ANONYMOUS.mayActFor("410102"));
        assertFalse(Principal.ANONYMOUS.hasAnyRole(List.of(Role.values())));
        assertFalse(new Principal("u5", "x", Set.of(Role.EDITOR), Set.of()).isAnonymous());
    }
}
