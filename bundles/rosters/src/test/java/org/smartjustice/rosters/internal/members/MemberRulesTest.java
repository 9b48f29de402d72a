package org.smartjustice.rosters.internal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;

class MemberRulesTest {

    static GridCellEntity cell(String code) {
        GridCellEntity g = new GridCellEntity();
        g.code = code;
        g.communityCode = code.substring(0, 12);
        g.streetCode = code.substring(0, 9);
        return g;
    }

    static final Map<String, GridCellEntity> KNOWN = Map.of("410102001002001", cell("410102001002001"),
            "410102001002002", cell("410102001002002"));

    static MemberInput input(List<RosterRole> roles, List<String> grids, String primary, String mobile, String certificate) {
        return new MemberInput("王某", roles, null, grids, primary, "某单位", null, mobile, "0371-67890000", null, null, null,
                certificate, null, null);
    }

    static List<String> fields(String tenant, MemberInput in) {
        List<FieldError> errors = new ArrayList<>();
        MemberRules.check(tenant, in, KNOWN, "", errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aMemberGetsTheUsualDutiesOfTheRolesAndThePrimaryCellFirst() {
        List<FieldError> errors = new ArrayList<>();
        MemberRules.Checked c = MemberRules.check("410102", input(List.of(RosterRole.MEDIATOR),
                List.of("410102001002001", "410102001002002"), "410102001002002", "+86 138-0013-8000", null), KNOWN, "", errors);
        assertNotNull(c, errors.toString());
        assertEquals(List.of(Duty.RISK_SCREENING, Duty.DISPUTE_RESOLUTION), c.duties());
        assertEquals("410102001002002", c.grids().get(0).code);
        assertEquals("13800138000", c.mobile());
        assertEquals("m:13800138000", c.naturalKey());
    }

    @Test
    void badMembersNameEveryField() {
        assertEquals(List.of("roles"), fields("410102", input(List.of(), List.of(), null, null, null)));
        assertEquals(List.of("roles"), fields("410102", input(Arrays.asList(RosterRole.MEDIATOR, null), List.of(), null, null, null)));
        assertEquals(List.of("grids[1]"), fields("410102", input(List.of(RosterRole.MEDIATOR),
                List.of("410102001002001", "410122001201001"), null, null, null)));
        assertEquals(List.of("primaryGrid"), fields("410102", input(List.of(RosterRole.MEDIATOR),
                List.of("410102001002001"), "410102001002002", null, null)));
        assertEquals(List.of("mobile"), fields("410102", input(List.of(RosterRole.MEDIATOR), List.of(), null, "12345", null)));
        assertEquals(List.of("certificateNo"), fields("410102", input(List.of(RosterRole.MEDIATOR), List.of(), null, null, "C-1")));
        assertTrue(fields("410102", input(List.of(RosterRole.LEGAL_AWARE_RESIDENT), List.of(), null, null, "C-1")).isEmpty());
    }

    @Test
    void theCitysMembersHaveNoCells() {
        assertEquals(List.of("grids"), fields("410100", input(List.of(RosterRole.BUREAU_LEAD), List.of("410102001002001"),
                null, null, null)));
        assertTrue(fields("410100", input(List.of(RosterRole.BUREAU_LEAD), List.of(), null, null, null)).isEmpty());
    }

    @Test
    void theSameMemberIsKnownAcrossImports() {
        MemberInput withUser = new MemberInput("王某", List.of(RosterRole.MEDIATOR), null, List.of(), null, null, null,
                "13800138000", null, " u-1 ", null, null, null, null, null);
        assertEquals("u:u-1", MemberRules.naturalKey(withUser, "13800138000", List.of()));
        assertEquals("n:王某|410102001002001", MemberRules.naturalKey(input(List.of(RosterRole.MEDIATOR), List.of(), null,
                null, null), null, List.of(cell("410102001002001"))));
    }
}
