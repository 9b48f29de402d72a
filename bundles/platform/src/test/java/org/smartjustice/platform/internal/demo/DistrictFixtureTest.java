package org.smartjustice.platform.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.internal.demo.DistrictFixture.District;

class DistrictFixtureTest {

    @Test
    void parsesQuotedChineseNamesAndTrimsValues() throws Exception {
        String csv = "code,name,city_code,province_code\n"
                + "410102,\"中原区\",4101,41\n"
                + " 410104 ,\" 管城回族区 \",4101,41\n"
                + "410171,\"郑州经济技术开发区, 经开\",4101,41\n";

        List<District> districts = DistrictFixture.parse(new StringReader(csv));

        assertEquals(List.of(
                new District("410102", "中原区"),
                new District("410104", "管城回族区"),
                new District("410171", "郑州经济技术开发区, 经开")), districts);
    }

    @Test
    void headerOnlyGivesNoDistricts() throws Exception {
        assertEquals(List.of(), DistrictFixture.parse(new StringReader("code,name,city_code,province_code\n")));
    }

    @Test
    void bundledResourceHoldsTheFifteenDistrictsOfZhengzhou() {
        List<District> districts = DistrictFixture.load();

        assertEquals(15, districts.size());
        assertTrue(districts.contains(new District("410102", "中原区")), districts.toString());
        assertTrue(districts.contains(new District("410185", "登封市")), districts.toString());
        assertEquals(15, new HashSet<>(districts.stream().map(District::code).toList()).size(), "codes are unique");
        assertTrue(districts.stream().allMatch(d -> d.code().matches("4101[0-9]{2}")), districts.toString());
    }
}
