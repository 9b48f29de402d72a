package org.smartjustice.rosters.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.internal.divisions.DivisionData;
import org.smartjustice.rosters.internal.grids.GridInput;
import org.smartjustice.rosters.internal.members.MemberInput;

class DemoRostersTest {

    static final Divisions DIVISIONS = DivisionData.load();

    @Test
    void gridCellsLieInTheDistrictsCommunitiesAndMembersInThoseCells() {
        List<GridInput> grids = new DemoRosters(DIVISIONS, "410102").grids("410102");
        assertFalse(grids.isEmpty());
        for (GridInput g : grids) {
            assertTrue(g.communityCode().startsWith("410102"), g.communityCode());
            assertTrue(g.code().matches(g.communityCode() + "\\d{3}"), g.code());
            assertTrue(DIVISIONS.areaOf("410102").bounds().contains(g.lon(), g.lat()), g.code());
        }
        Set<String> codes = grids.stream().map(GridInput::code).collect(Collectors.toSet());
        assertEquals(grids.size(), codes.size(), "codes are unique");
        List<MemberInput> members = new DemoRosters(DIVISIONS, "410102").members("410102", grids);
        assertTrue(members.size() > grids.size(), "a mediator per cell, and more");
        for (MemberInput m : members) {
            assertTrue(codes.containsAll(m.grids()), m.name());
            assertTrue(m.unitName().endsWith(DemoRosters.MARK), m.unitName());
        }
    }

    @Test
    void theSameTenantGetsTheSameOrganisation() {
        assertEquals(new DemoRosters(DIVISIONS, "410122").grids("410122"), new DemoRosters(DIVISIONS, "410122").grids("410122"));
    }

    @Test
    void theCitysMembersHaveNoCells() {
        List<MemberInput> city = new DemoRosters(DIVISIONS, "410100").cityMembers();
        assertFalse(city.isEmpty());
        assertTrue(city.stream().allMatch(m -> m.grids().isEmpty()));
    }
}
