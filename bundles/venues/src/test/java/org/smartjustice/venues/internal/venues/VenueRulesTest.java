package org.smartjustice.venues.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.internal.divisions.DivisionData;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueType;

class VenueRulesTest {

    static final String ZHONGYUAN = "410102";

    static VenueRules rules;

    @BeforeAll
    static void load() {
        rules = new VenueRules(DivisionData.load());
    }

    private final List<FieldError> errors = new ArrayList<>();

    private VenueRules.Checked check(VenueInputs in) {
        return rules.check(ZHONGYUAN, in.build(), "", errors);
    }

    private Set<String> fields() {
        Set<String> fields = new TreeSet<>();
        errors.forEach(e -> fields.add(e.field()));
        return fields;
    }

    /** Asserts the input was rejected with exactly these invalid fields. */
    private void assertRejected(VenueRules.Checked checked, String... fields) {
        assertNull(checked, () -> "expected rejection, errors: " + errors);
        assertEquals(new TreeSet<>(List.of(fields)), fields(), () -> "errors: " + errors);
        errors.forEach(e -> assertFalse(e.message().isBlank(), "message of " + e.field()));
    }

    private VenueRules.Checked assertAccepted(VenueRules.Checked checked) {
        assertEquals(List.of(), errors);
        assertNotNull(checked);
        return checked;
    }

    @Test
    void validNotaryOfficeWithCreditCodeIsCheckedAndKeyedByTheCode() {
        VenueInputs in = VenueInputs.notary();
        VenueRules.Checked checked = assertAccepted(check(in));
        assertEquals(VenueInputs.VALID_CODE, checked.creditCode());
        assertFalse(checked.creditCodeOverridden());
        assertEquals("cc:" + VenueInputs.VALID_CODE, checked.naturalKey());
        assertEquals(113.62, checked.wgs84().lon(), 1e-12);
        assertEquals(34.75, checked.wgs84().lat(), 1e-12);
    }

    @Test
    void creditCodeIsNormalisedToUpperCaseWithoutBlanks() {
        VenueInputs in = VenueInputs.notary();
        in.creditCode = "  " + VenueInputs.VALID_CODE.toLowerCase() + "\u3000";
        VenueRules.Checked checked = assertAccepted(check(in));
        assertEquals(VenueInputs.VALID_CODE, checked.creditCode());
        assertEquals("cc:" + VenueInputs.VALID_CODE, checked.naturalKey());
    }

    @ParameterizedTest
    @EnumSource(value = VenueType.class, names = { "NOTARY_OFFICE", "LAW_FIRM", "FORENSIC_APPRAISAL_INSTITUTION" })
    void licensedInstitutionsNeedACreditCode(VenueType type) {
        VenueInputs in = VenueInputs.notary();
        in.type = type;
        in.creditCode = null;
        assertRejected(check(in), "creditCode");
        errors.clear();
        in.creditCode = "   ";
        assertRejected(check(in), "creditCode");
    }

    @ParameterizedTest
    @EnumSource(value = VenueType.class, names = { "NOTARY_OFFICE", "LAW_FIRM", "FORENSIC_APPRAISAL_INSTITUTION",
            "PUBLIC_LEGAL_SERVICE_CENTER" }, mode = EnumSource.Mode.EXCLUDE)
    void otherTypesDoNotNeedACreditCode(VenueType type) {
        VenueInputs in = VenueInputs.notary();
        in.type = type;
        in.creditCode = null;
        VenueRules.Checked checked = assertAccepted(check(in));
        assertNull(checked.creditCode());
    }

    @Test
    void wrongCheckCharacterIsRejectedUnlessOverridden() {
        VenueInputs in = VenueInputs.notary();
        in.creditCode = VenueInputs.wrongCheckCharacter();
        assertRejected(check(in), "creditCode");
        assertTrue(errors.get(0).message().contains("creditCodeOverride"), errors.toString());

        errors.clear();
        in.creditCodeOverride = false;
        assertRejected(check(in), "creditCode");

        errors.clear();
        in.creditCodeOverride = true;
        VenueRules.Checked checked = assertAccepted(check(in));
        assertTrue(checked.creditCodeOverridden());
        assertEquals(VenueInputs.wrongCheckCharacter(), checked.creditCode());
        assertEquals("cc:" + VenueInputs.wrongCheckCharacter(), checked.naturalKey());
    }

    @Test
    void overrideOnAValidCodeIsNotReportedAsOverridden() {
        VenueInputs in = VenueInputs.notary();
        in.creditCodeOverride = true;
        assertFalse(assertAccepted(check(in)).creditCodeOverridden());
    }

    @Test
    void wrongLengthIsRejectedEvenWithOverride() {
        VenueInputs in = VenueInputs.notary();
        in.creditCodeOverride = true;
        in.creditCode = VenueInputs.VALID_CODE.substring(0, 17);
        assertRejected(check(in), "creditCode");
        errors.clear();
        in.creditCode = VenueInputs.VALID_CODE + "1";
        assertRejected(check(in), "creditCode");
    }

    @Test
    void forbiddenCharacterIsRejectedEvenWithOverride() {
        VenueInputs in = VenueInputs.notary();
        in.creditCodeOverride = true;
        in.creditCode = "91410102MA44I2345" + "X"; // I is not in the GB 32100 alphabet
        assertRejected(check(in), "creditCode");
    }

    @Test
    void publicLegalServiceCenterNeedsALevel() {
        VenueInputs in = VenueInputs.notary();
        in.type = VenueType.PUBLIC_LEGAL_SERVICE_CENTER;
        in.creditCode = null;
        assertRejected(check(in), "level");

        errors.clear();
        in.level = CenterLevel.TOWN_WORKSTATION;
        assertAccepted(check(in));
    }

    @Test
    void levelIsOnlyForPublicLegalServiceCenters() {
        VenueInputs in = VenueInputs.notary();
        in.type = VenueType.LAW_FIRM;
        in.level = CenterLevel.DISTRICT_CENTER;
        assertRejected(check(in), "level");
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        VenueInputs in = VenueInputs.notary();
        in.type = null;
        in.name = " ";
        in.address = null;
        in.streetCode = null;
        in.lon = null;
        in.lat = null;
        assertRejected(check(in), "type", "name", "address", "streetCode", "lon", "lat");
    }

    @Test
    void streetOfAnotherDistrictIsRejected() {
        VenueInputs in = VenueInputs.notary();
        in.streetCode = "410103001"; // 淮河路街道, 二七区
        assertRejected(check(in), "streetCode");
    }

    @Test
    void unknownStreetOfTheDistrictIsRejected() {
        VenueInputs in = VenueInputs.notary();
        in.streetCode = "410102999";
        assertRejected(check(in), "streetCode");
    }

    @Test
    void malformedStreetCodeIsRejectedOnce() {
        for (String code : List.of("41010200", "4101020010", "41010200A", "410102 001")) {
            errors.clear();
            VenueInputs in = VenueInputs.notary();
            in.streetCode = code;
            assertRejected(check(in), "streetCode");
            assertEquals(1, errors.size(), () -> code + ": " + errors);
        }
    }

    @Test
    void locationOutsideTheDistrictBoxIsRejectedOnLon() {
        VenueInputs in = VenueInputs.notary();
        in.lon = 113.90; // 金水区 / 中牟, east of 中原区's box
        in.lat = 34.75;
        assertRejected(check(in), "lon");
        assertTrue(errors.get(0).message().contains("113.45"), errors.toString());
    }

    @Test
    void coordinatesOutOfRangeAreRejected() {
        VenueInputs in = VenueInputs.notary();
        in.lon = 200.0;
        in.lat = -95.0;
        assertRejected(check(in), "lon", "lat");
        errors.clear();
        in.lon = Double.NaN;
        in.lat = 34.75;
        assertRejected(check(in), "lon");
    }

    @Test
    void gcj02InputIsStoredAsWgs84() {
        LonLat wgs = new LonLat(113.62, 34.75);
        LonLat gcj = CoordinateConverter.wgs84ToGcj02(wgs);
        VenueInputs in = VenueInputs.notary();
        in.crs = "gcj02";
        in.lon = gcj.lon();
        in.lat = gcj.lat();
        VenueRules.Checked checked = assertAccepted(check(in));
        assertEquals(wgs.lon(), checked.wgs84().lon(), 1e-7);
        assertEquals(wgs.lat(), checked.wgs84().lat(), 1e-7);
        double shift = gcj.metersTo(checked.wgs84());
        assertTrue(shift > 100 && shift < 1000, "GCJ-02 offset in 郑州 is a few hundred meters, was " + shift);
    }

    @Test
    void crsIsReadLeniently() {
        VenueInputs in = VenueInputs.notary();
        in.crs = " WGS-84 ";
        VenueRules.Checked checked = assertAccepted(check(in));
        assertEquals(113.62, checked.wgs84().lon(), 1e-12);
    }

    @Test
    void bd09InputIsConverted() {
        LonLat wgs = new LonLat(113.62, 34.75);
        LonLat bd = CoordinateConverter.wgs84ToBd09(wgs);
        VenueInputs in = VenueInputs.notary();
        in.crs = "bd09";
        in.lon = bd.lon();
        in.lat = bd.lat();
        VenueRules.Checked checked = assertAccepted(check(in));
        assertEquals(wgs.lon(), checked.wgs84().lon(), 1e-7);
        assertEquals(wgs.lat(), checked.wgs84().lat(), 1e-7);
    }

    @Test
    void unknownCrsIsRejected() {
        VenueInputs in = VenueInputs.notary();
        in.crs = "epsg3857";
        assertRejected(check(in), "crs");
    }

    @Test
    void nameOverOneHundredCharactersIsRejected() {
        VenueInputs in = VenueInputs.notary();
        in.name = "法".repeat(100);
        assertAccepted(check(in));
        in.name = "法".repeat(101);
        assertRejected(check(in), "name");
    }

    @Test
    void moreThanTwentyServicesAreRejected() {
        VenueInputs in = VenueInputs.notary();
        in.services = Collections.nCopies(20, "法律咨询");
        assertAccepted(check(in));
        in.services = Collections.nCopies(21, "法律咨询");
        assertRejected(check(in), "services");
    }

    @Test
    void servicesMustFitTheirColumnTogether() {
        VenueInputs in = VenueInputs.notary();
        // 20 × 50 characters each allowed alone, but 1,019 with the separators
        in.services = Collections.nCopies(20, "法".repeat(50));
        assertRejected(check(in), "services");
    }

    @Test
    void blankServiceIsRejectedByIndex() {
        VenueInputs in = VenueInputs.notary();
        in.services = List.of("公证", " ");
        assertRejected(check(in), "services[1]");
    }

    @Test
    void phoneWithLettersIsRejected() {
        VenueInputs in = VenueInputs.notary();
        in.phone = "0371-CALLNOW";
        assertRejected(check(in), "phone");
        errors.clear();
        in.phone = "0371-12345678";
        in.contactPhone = "138abc01234";
        assertRejected(check(in), "contactPhone");
    }

    @Test
    void whatThePublicSeesCarriesNoMobileOrIdentityNumberInAnyForm() {
        String[][] cases = { { "name", "中原公证处 13912345678" }, { "address", "建设路 1 号（联系 １３９１２３４５６７８）" },
                { "phone", "0371-13912345678" }, { "openingHours", "9:00-17:00 一三九一二三四五六七八" },
                { "services[0]", "咨询 139\u200b1234 5678" }, { "community", "41010219900307102X" } };
        for (String[] c : cases) {
            VenueInputs in = VenueInputs.notary();
            switch (c[0]) {
                case "name" -> in.name = c[1];
                case "address" -> in.address = c[1];
                case "phone" -> in.phone = c[1];
                case "openingHours" -> in.openingHours = c[1];
                case "community" -> in.community = c[1];
                default -> in.services = List.of(c[1]);
            }
            errors.clear();
            assertRejected(check(in), c[0]);
        }
        errors.clear();
        VenueInputs office = VenueInputs.notary();
        office.phone = "(0371)6789-0000";
        assertNotNull(check(office), errors.toString());
    }

    @Test
    void errorsCarryThePrefix() {
        VenueInputs in = VenueInputs.notary();
        in.name = "法".repeat(101);
        in.phone = "x";
        assertNull(rules.check(ZHONGYUAN, in.build(), "rows[3].", errors));
        assertEquals(Set.of("rows[3].name", "rows[3].phone"), fields(), errors.toString());
    }

    @Test
    void nullPrefixMeansNoPrefix() {
        VenueInputs in = VenueInputs.notary();
        in.name = null;
        assertNull(rules.check(ZHONGYUAN, in.build(), null, errors));
        assertEquals(Set.of("name"), fields());
    }

    @Test
    void naturalKeyWithoutCreditCodeIsTypeNameAndStreet() {
        VenueInputs in = VenueInputs.notary();
        in.type = VenueType.MEDIATION_ORGANIZATION;
        in.creditCode = null;
        in.name = " 林山寨街道 人民调解\t委员会 ";
        in.streetCode = "410102001";
        VenueRules.Checked checked = assertAccepted(check(in));
        assertEquals("n:MEDIATION_ORGANIZATION|林山寨街道人民调解委员会|410102001", checked.naturalKey());
    }

    @Test
    void tenantWithoutDivisionCodeAcceptsAnyStreetOfTheCityAndTheCityBox() {
        VenueInputs in = VenueInputs.notary();
        in.streetCode = "410103001"; // 二七区
        in.lon = 113.05; // 登封, far outside 中原区 but inside the city
        in.lat = 34.45;
        VenueRules.Checked checked = assertAccepted(rules.check("zhengdong", in.build(), "", errors));
        assertEquals(113.05, checked.wgs84().lon(), 1e-12);

        // but not a street that does not exist in 郑州 ...
        in.streetCode = "410199001";
        assertNull(rules.check("zhengdong", in.build(), "", errors));
        assertEquals(Set.of("streetCode"), fields(), errors.toString());

        // ... nor a point outside the city's box
        errors.clear();
        in.streetCode = "410185001";
        in.lon = 116.40;
        in.lat = 39.90;
        assertNull(rules.check("zhengdong", in.build(), "", errors));
        assertEquals(Set.of("lon"), fields(), errors.toString());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        VenueInputs in = VenueInputs.notary();
        in.name = "法".repeat(101);
        in.lon = 113.90;
        assertRejected(check(in), "name", "lon");
    }
}
