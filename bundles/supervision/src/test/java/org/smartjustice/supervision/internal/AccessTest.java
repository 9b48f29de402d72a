package org.smartjustice.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;

class AccessTest {

    @Test
    void districtAdminsAndOperatorsWriteEverywhereCitySupervisorsInTheCityOnly() {
        assertTrue(Access.mayWrite(Set.of(Role.DISTRICT_ADMIN), "410102"));
        assertTrue(Access.mayWrite(Set.of(Role.PLATFORM_OPERATOR), "410102"));
        assertTrue(Access.mayWrite(Set.of(Role.CITY_SUPERVISOR), "410100"));
        assertFalse(Access.mayWrite(Set.of(Role.CITY_SUPERVISOR), "410102"));
        assertFalse(Access.mayWrite(Set.of(Role.SUPERVISOR), "410100"));
        assertFalse(Access.mayWrite(Set.of(Role.DEPARTMENT_LIAISON), "410100"));
    }

    @Test
    void aLiaisonReadsOnlyTheDepartmentOfTheirOrg() {
        Principal liaison = new Principal("l1", null, Set.of(Role.DEPARTMENT_LIAISON), Set.of("410100"), "ZZ-01");
        assertEquals(Optional.of("ZZ-01"), Access.limitedToOrg(liaison));
        Principal noOrg = new Principal("l2", null, Set.of(Role.DEPARTMENT_LIAISON), Set.of("410100"));
        assertEquals(Optional.of(""), Access.limitedToOrg(noOrg));
        Principal both = new Principal("s1", null, Set.of(Role.DEPARTMENT_LIAISON, Role.SUPERVISOR), Set.of("410100"), "ZZ-01");
        assertEquals(Optional.empty(), Access.limitedToOrg(both));
    }
}
