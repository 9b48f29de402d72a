package org.smartjustice.rosters.internal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.internal.divisions.DivisionData;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;

class CoverageRulesTest {

    static GridCellEntity cell(String code) {
        GridCellEntity g = MemberRulesTest.cell(code);
        g.name = "网格" + code.substring(12);
        return g;
    }

    static CoverageRules.Post post(String member, RosterRole role, String grid) {
        return new CoverageRules.Post(member, role, grid, grid.substring(0, 12), grid.substring(0, 9));
    }

    @Test
    void gapsAreCountedPerRuleAndStreet() {
        List<GridCellEntity> cells = List.of(cell("410102001002001"), cell("410102001002002"), cell("410102001003001"));
        List<CoverageRules.Post> posts = List.of(post("m1", RosterRole.MEDIATOR, "410102001002001"),
                post("m2", RosterRole.COMMUNITY_LEGAL_ADVISER, "410102001002001"),
                post("m2", RosterRole.COMMUNITY_LEGAL_ADVISER, "410102001002002"),
                post("m3", RosterRole.MEDIATOR, "410102001003001"),
                post("m4", RosterRole.JUSTICE_OFFICE_HEAD, "410102001002001"));
        CoverageRules.Report r = CoverageRules.of("410102", DivisionData.load(), cells, posts, "410102001");
        assertEquals(1, r.streets());
        assertEquals(11, r.communities());
        assertEquals(3, r.grids());
        assertEquals(1, r.gapsByRule().get("grid-adviser"));
        assertEquals(1, r.gapsByRule().get("grid-mediator"));
        // Nine communities have no cells, and so no adviser either; 410102001003 has cells but no adviser.
        assertEquals(9, r.gapsByRule().get("community-grids"));
        assertEquals(10, r.gapsByRule().get("community-adviser"));
        assertEquals(0, r.gapsByRule().get("street-office-head"));
        CoverageRules.Gap gridGap = r.gaps().stream().filter(g -> g.rule().equals("grid-adviser")).findFirst().orElseThrow();
        assertEquals("410102001003001", gridGap.code());
        assertEquals("林山寨街道", gridGap.streetName());
        assertEquals(0, gridGap.present());
        assertEquals(r.gapsByRule(), r.byStreet().get(0).gapsByRule());
    }

    @Test
    void villagesNeedThreeLegalAwareResidentsCountedOncePerPerson() {
        String village = "410122001201";
        List<GridCellEntity> cells = List.of(cell(village + "001"), cell(village + "002"));
        List<CoverageRules.Post> posts = List.of(post("a", RosterRole.LEGAL_AWARE_RESIDENT, village + "001"),
                post("a", RosterRole.LEGAL_AWARE_RESIDENT, village + "002"),
                post("b", RosterRole.LEGAL_AWARE_RESIDENT, village + "002"));
        CoverageRules.Report r = CoverageRules.of("410122", DivisionData.load(), cells, posts, "410122001");
        CoverageRules.Gap gap = r.gaps().stream().filter(g -> g.rule().equals("village-legal-aware") && g.code().equals(village))
                .findFirst().orElseThrow();
        assertEquals(2, gap.present());
        assertEquals(3, gap.required());
    }

    @Test
    void theCityHasNoGridOrganisation() {
        CoverageRules.Report r = CoverageRules.of("410100", DivisionData.load(), List.of(), List.of(), null);
        assertEquals(0, r.streets());
        assertEquals(List.of(), r.gaps());
    }
}
