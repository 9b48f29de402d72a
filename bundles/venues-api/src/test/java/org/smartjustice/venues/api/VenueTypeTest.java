package org.smartjustice.venues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VenueTypeTest {

    @ParameterizedTest
    @EnumSource(VenueType.class)
    void parsesNameInAnyCaseAndTitle(VenueType type) {
        assertEquals(type, VenueType.parse(type.name()));
        assertEquals(type, VenueType.parse(type.name().toLowerCase()));
        assertEquals(type, VenueType.parse(" " + type.title() + " "));
    }

    @Test
    void titlesAreTheDesignVocabulary() {
        assertEquals(VenueType.RULE_OF_LAW_CULTURE_SITE, VenueType.parse("法治文化场所"));
        assertEquals(VenueType.PUBLIC_LEGAL_SERVICE_CENTER, VenueType.parse("公共法律服务中心"));
        assertEquals(VenueType.JUSTICE_OFFICE, VenueType.parse("司法所"));
        assertEquals(VenueType.NOTARY_OFFICE, VenueType.parse("公证处"));
        assertEquals(VenueType.LEGAL_AID_CENTER, VenueType.parse("法律援助机构"));
        assertEquals(VenueType.MEDIATION_ORGANIZATION, VenueType.parse("调解组织"));
        assertEquals(VenueType.FORENSIC_APPRAISAL_INSTITUTION, VenueType.parse("司法鉴定机构"));
        assertEquals(VenueType.LAW_FIRM, VenueType.parse("律师事务所"));
        assertEquals(VenueType.LEGISLATIVE_LIAISON_POINT, VenueType.parse("政府立法基层联系点"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "律所", "NOTARY", "公证处X" })
    void unknownIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> VenueType.parse(text));
    }

    @Test
    void nullIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> VenueType.parse(null));
    }

    @Test
    void onlyLicensedInstitutionsRequireACreditCode() {
        EnumSet<VenueType> licensed = EnumSet.of(VenueType.NOTARY_OFFICE, VenueType.LAW_FIRM,
                VenueType.FORENSIC_APPRAISAL_INSTITUTION);
        for (VenueType t : VenueType.values()) {
            if (licensed.contains(t)) {
                assertTrue(t.requiresCreditCode(), t.name());
            } else {
                assertFalse(t.requiresCreditCode(), t.name());
            }
        }
    }
}
