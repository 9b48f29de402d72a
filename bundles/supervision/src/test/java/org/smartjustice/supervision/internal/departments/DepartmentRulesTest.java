package org.smartjustice.supervision.internal.departments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.identifiers.CreditCode;
import org.smartjustice.platform.api.problem.FieldError;

class DepartmentRulesTest {

    /** A well-formed code of a synthetic body: its check character computed, nothing real behind it. */
    static final String CODE = "11410100MB000001" + "0";
    static final String VALID_CODE = CODE + CreditCode.checkCharacter(CODE);

    static DepartmentInput input(String name, String code, String org, List<String> items) {
        return new DepartmentInput(name, "简称", DepartmentKind.GOVERNMENT_DEPARTMENT, code, org, "市场监管", items, null, null,
                null, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidDepartmentIsNormalised() {
        List<FieldError> errors = new ArrayList<>();
        DepartmentRules.Checked c = DepartmentRules.check(input("  郑州市 测试局 ", VALID_CODE.toLowerCase(), "ZZ-01",
                List.of(" 宣传一 ", "宣传二")), "", null, errors);
        assertEquals(List.of(), errors);
        assertNotNull(c);
        assertEquals("郑州市 测试局", c.name());
        assertEquals("郑州市测试局", c.nameKey());
        assertEquals(VALID_CODE, c.creditCode());
        assertEquals(List.of("宣传一", "宣传二"), c.responsibilities());
        assertEquals(DepartmentStatus.ACTIVE, c.status());
        assertTrue(c.verified());
    }

    @Test
    void theCreditCodeIsOptionalButCheckedWhenGiven() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(DepartmentRules.check(input("甲局", null, null, null), "", null, errors).creditCode());
        char wrong = VALID_CODE.charAt(17) == '0' ? '1' : '0';
        assertNull(DepartmentRules.check(input("甲局", CODE + wrong, null, null), "", null, errors));
        assertEquals(List.of("creditCode"), fields(errors));
        errors.clear();
        assertNull(DepartmentRules.check(input("甲局", "12345", null, null), "", null, errors));
        assertEquals(List.of("creditCode"), fields(errors));
    }

    @Test
    void everyBadFieldIsNamedWithThePrefix() {
        List<FieldError> errors = new ArrayList<>();
        DepartmentInput bad = new DepartmentInput("名\n称", "简".repeat(31), null, null, "has space", "\u0000",
                java.util.Arrays.asList("一", " ", "一", "含；分号"), null, null, null, null);
        assertNull(DepartmentRules.check(bad, "rows[2].", null, errors));
        assertEquals(List.of("rows[2].name", "rows[2].shortName", "rows[2].kind", "rows[2].org",
                "rows[2].enforcementDomains", "rows[2].responsibilities[1]", "rows[2].responsibilities[2]",
                "rows[2].responsibilities[3]"), fields(errors));
    }

    @Test
    void atMostThirtyResponsibilityItemsThatFitTheirColumn() {
        List<FieldError> errors = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            items.add(i + "项".repeat(DepartmentRules.MAX_ITEM - 3));
        }
        assertNull(DepartmentRules.check(input("甲局", null, null, items), "", null, errors));
        assertEquals(List.of("responsibilities"), fields(errors));
        String stored = DepartmentRules.storeItems(items.subList(0, 30).stream()
                .map(s -> s + "项".repeat(DepartmentRules.MAX_ITEM - s.length())).toList());
        assertTrue(stored.length() <= 6100, "fits the responsibilities column");
        assertEquals(30, DepartmentRules.itemsOf(stored).size());
    }

    @Test
    void anUpdateKeepsTheStatusUnlessItNamesOne() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(DepartmentStatus.RETIRED,
                DepartmentRules.check(input("甲局", null, null, null), "", DepartmentStatus.RETIRED, errors).status());
        DepartmentInput active = new DepartmentInput("甲局", null, DepartmentKind.TOWNSHIP, null, null, null, null, null, false,
                DepartmentStatus.ACTIVE, null);
        DepartmentRules.Checked c = DepartmentRules.check(active, "", DepartmentStatus.RETIRED, errors);
        assertEquals(DepartmentStatus.ACTIVE, c.status());
        assertEquals(false, c.verified());
    }

    @Test
    void namesAreTheSameRegardlessOfBlanksWidthAndCase() {
        assertEquals(DepartmentRules.nameKey("郑州市 ＡＢＣ局"), DepartmentRules.nameKey("郑州市abc局"));
    }

    private static final class Stored implements DepartmentRules.Lookup {
        final Map<String, DepartmentRules.Known> names = new HashMap<>();
        final Map<String, DepartmentRules.Known> codes = new HashMap<>();
        final Map<String, DepartmentRules.Known> orgs = new HashMap<>();

        Stored add(String id, String name, String code, String org) {
            DepartmentRules.Known k = new DepartmentRules.Known(id, name, code, org);
            names.put(DepartmentRules.nameKey(name), k);
            if (code != null) {
                codes.put(code, k);
            }
            if (org != null) {
                orgs.put(org, k);
            }
            return this;
        }

        @Override
        public DepartmentRules.Known byNameKey(String key) {
            return names.get(key);
        }

        @Override
        public DepartmentRules.Known byCreditCode(String code) {
            return codes.get(code);
        }

        @Override
        public DepartmentRules.Known byOrg(String org) {
            return orgs.get(org);
        }
    }

    private static DepartmentRules.Checked checked(String name, String code, String org) {
        return DepartmentRules.check(input(name, code, org, null), "", null, new ArrayList<>());
    }

    @Test
    void aDepartmentIsTheStoredOneWithItsCreditCodeElseItsName() {
        Stored stored = new Stored().add("a", "甲局", VALID_CODE, "ORG-A").add("b", "乙局", null, null);
        assertEquals("a", DepartmentRules.sameAs(checked("甲局（新名）", VALID_CODE, null), stored).id());
        assertEquals("b", DepartmentRules.sameAs(checked("乙 局", null, null), stored).id());
        assertNull(DepartmentRules.sameAs(checked("丙局", null, null), stored));
    }

    @Test
    void nameCreditCodeAndOrgBelongToOneDepartmentEach() {
        Stored stored = new Stored().add("a", "甲局", VALID_CODE, "ORG-A").add("b", "乙局", null, "ORG-B");
        assertEquals(List.of(), DepartmentRules.clashes(checked("甲局", VALID_CODE, "ORG-A"), "a", stored, ""));
        assertEquals(List.of("name"), fields(DepartmentRules.clashes(checked("甲局", null, null), null, stored, "")));
        assertEquals(List.of("name", "creditCode", "org"),
                fields(DepartmentRules.clashes(checked("甲局", VALID_CODE, "ORG-B"), "c", stored, "")));
        assertEquals(Collections.emptyList(), DepartmentRules.clashes(checked("丙局", null, "ORG-C"), null, stored, ""));
    }
}
