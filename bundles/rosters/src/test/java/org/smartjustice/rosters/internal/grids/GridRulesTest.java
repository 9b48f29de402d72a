package org.smartjustice.rosters.internal.grids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.internal.divisions.DivisionData;

class GridRulesTest {

    static final GridRules RULES = new GridRules(DivisionData.load());

    static List<String> fields(String tenant, GridInput in) {
        List<FieldError> errors = new ArrayList<>();
        RULES.check(tenant, in, "", errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCellOfACommunityOfTheDistrictIsStoredWithItsStreet() {
        List<FieldError> errors = new ArrayList<>();
        GridRules.Checked c = RULES.check("410102", new GridInput(" 410102001002001 ", "碧沙岗社区第一网格", "410102001002",
                113.64, 34.75, null, null), "", errors);
        assertNotNull(c, errors.toString());
        assertEquals("410102001002001", c.code());
        assertEquals("410102001", c.community().parentCode());
    }

    @Test
    void codesCommunitiesAndPointsAreChecked() {
        assertEquals(List.of("code", "name", "communityCode"), fields("410102", new GridInput(null, " ", null, null, null, null, null)));
        assertEquals(List.of("code"), fields("410102", new GridInput("a/b", "网格", "410102001002", null, null, null, null)));
        // A community of 中牟县 is not 中原区's.
        assertEquals(List.of("communityCode"), fields("410102", new GridInput("g1", "网格", "410122001201", null, null, null, null)));
        // A street code is not a community.
        assertEquals(List.of("communityCode"), fields("410102", new GridInput("g1", "网格", "410102001", null, null, null, null)));
        assertEquals(List.of("lat"), fields("410102", new GridInput("g1", "网格", "410102001002", 113.6, null, null, null)));
        assertEquals(List.of("lon"), fields("410102", new GridInput("g1", "网格", "410102001002", 116.4, 39.9, null, null)));
        assertEquals(List.of("crs"), fields("410102", new GridInput("g1", "网格", "410102001002", 113.6, 34.7, "mars", null)));
        assertEquals(List.of("name"), fields("410102", new GridInput("g1", "网格\u0000", "410102001002", null, null, null, null)));
    }

    @Test
    void theCityHasNoGridCells() {
        assertEquals(List.of("communityCode"), fields("410100", new GridInput("g1", "网格", "410102001002", null, null, null, null)));
    }

    @Test
    void villagesAreTheVillageCommittees() {
        var divisions = DivisionData.load();
        assertTrue(GridTree.isVillage(divisions.find("410122001201").orElseThrow()));
        assertNull(divisions.find("410102001002").filter(GridTree::isVillage).orElse(null));
    }
}
