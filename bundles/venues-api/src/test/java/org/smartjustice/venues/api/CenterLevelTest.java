package org.smartjustice.venues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CenterLevelTest {

    @ParameterizedTest
    @EnumSource(CenterLevel.class)
    void parsesNameInAnyCaseAndTitle(CenterLevel level) {
        assertEquals(level, CenterLevel.parse(level.name()));
        assertEquals(level, CenterLevel.parse(level.name().toLowerCase()));
        assertEquals(level, CenterLevel.parse(level.title()));
        assertEquals(level, CenterLevel.parse(" " + level.title() + " "));
    }

    @ParameterizedTest
    @CsvSource({
            "区县公共法律服务中心, DISTRICT_CENTER",
            "乡镇（街道）公共法律服务工作站, TOWN_WORKSTATION",
            "村（社区）公共法律服务工作室, VILLAGE_STUDIO",
            "中心, DISTRICT_CENTER",
            "区县中心, DISTRICT_CENTER",
            "工作站, TOWN_WORKSTATION",
            "' 工作站 ', TOWN_WORKSTATION",
            "工作室, VILLAGE_STUDIO" })
    void parsesTitlesAndShortForms(String text, CenterLevel expected) {
        assertEquals(expected, CenterLevel.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "站", "工作", "TOWN", "省级中心" })
    void unknownIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> CenterLevel.parse(text));
    }

    @Test
    void nullIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CenterLevel.parse(null));
    }
}
