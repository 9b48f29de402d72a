package org.smartjustice.platform.internal.divisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.DivisionTree;

class DivisionDataTest {

    private final DivisionTree tree = DivisionData.load();

    @Test
    void theShippedCodesHoldTheCityItsFifteenDistricts208StreetsAnd3306Communities() {
        assertEquals("410100", tree.city().code());
        assertEquals("郑州市", tree.city().name());
        List<Division> districts = tree.children("410100");
        assertEquals(15, districts.size());
        assertTrue(districts.stream().allMatch(d -> d.code().matches("4101[0-9]{2}")), districts.toString());
        assertEquals(208, tree.within("410100", DivisionLevel.STREET).size());
        assertEquals(3306, tree.within("410100", DivisionLevel.COMMUNITY).size());
        assertTrue(tree.within("410100", DivisionLevel.COMMUNITY).stream().allMatch(c -> c.code().matches("[0-9]{12}")));
    }

    @Test
    void aCommunityKnowsItsStreetAndDistrictAndTakesTheDistrictsBounds() {
        Division community = tree.find("410102001002").orElseThrow();
        assertEquals("碧沙岗社区居委会", community.name());
        assertEquals(DivisionLevel.COMMUNITY, community.level());
        assertEquals("410102001", community.parentCode());
        assertTrue(tree.isWithin("410102001002", "410102"));
        assertTrue(tree.isWithin("410102001002", "410100"));
        assertFalse(tree.isWithin("410102001002", "410103"));
        assertEquals(tree.find("410102").orElseThrow().bounds(), community.bounds());
        assertEquals("林山寨街道", tree.find("410102001").orElseThrow().name());
    }

    @Test
    void everyDistrictHasItsOwnBoundsInsideTheCitys() {
        var city = tree.city().bounds();
        for (Division d : tree.children("410100")) {
            assertFalse(d.bounds().equals(city), d.code() + " has bounds of its own");
            assertTrue(city.contains(d.bounds().minLon(), d.bounds().minLat()) && city.contains(d.bounds().maxLon(), d.bounds().maxLat()),
                    d.code());
        }
    }

    @Test
    void aTenantWithoutADivisionCodeCoversTheCity() {
        assertEquals("410100", tree.areaOf("410199").code(), "an operator-chosen code such as 郑东新区's");
        assertEquals("410122", tree.areaOf("410122").code());
    }
}
