package org.smartjustice.supervision.internal.departments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.RowChecker;
import org.smartjustice.platform.api.sheets.Table;

class DepartmentSheetTest {

    private static Map<String, String> row(String... headerThenValue) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headerThenValue.length; i += 2) {
            row.put(headerThenValue[i], headerThenValue[i + 1]);
        }
        return row;
    }

    @Test
    void theTemplateHasEveryColumnAndASyntheticExampleWithoutACreditCode() {
        assertEquals(List.of("名称", "简称", "类型", "统一社会信用代码", "宿主组织编码", "执法领域", "普法责任事项", "信息来源", "已核实", "状态"),
                DepartmentSheet.TEMPLATE.headers());
        assertTrue(DepartmentSheet.TEMPLATE.columns().get(0).example().contains("合成数据"));
        assertEquals("", DepartmentSheet.TEMPLATE.columns().get(3).example());
    }

    @Test
    void kindsAndStatesAreReadByTitleOrCodeAndItemsBySemicolons() {
        List<FieldError> errors = new ArrayList<>();
        DepartmentInput in = DepartmentSheet.toInput(row("名称", " 郑州市测试局 ", "类型", "综合行政执法队伍", "普法责任事项",
                "宣传一；宣传二;宣传、三\n宣传四", "已核实", "否", "状态", "RETIRED"), errors);
        assertEquals(List.of(), errors);
        assertEquals("郑州市测试局", in.name());
        assertEquals(DepartmentKind.ENFORCEMENT_TEAM, in.kind());
        assertEquals(List.of("宣传一", "宣传二", "宣传、三", "宣传四"), in.responsibilities());
        assertEquals(false, in.verified());
        assertEquals(DepartmentStatus.RETIRED, in.status());
        assertNull(in.creditCode());
    }

    @Test
    void cellsThatCannotBeReadAreNamed() {
        List<FieldError> errors = new ArrayList<>();
        DepartmentSheet.toInput(row("名称", "甲", "类型", "赌场", "已核实", "也许", "状态", "半撤销"), errors);
        assertEquals(List.of("kind", "verified", "status"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void anUnreadableCellIsReportedOnceNotAlsoAsMissing() {
        DepartmentRules.Lookup none = new DepartmentRules.Lookup() {
            @Override
            public DepartmentRules.Known byNameKey(String key) {
                return null;
            }

            @Override
            public DepartmentRules.Known byCreditCode(String code) {
                return null;
            }

            @Override
            public DepartmentRules.Known byOrg(String org) {
                return null;
            }
        };
        Map<String, String> bad = row("名称", "", "类型", "赌场");
        Table table = new Table(DepartmentSheet.TEMPLATE.headers(), List.of(bad), List.of(2));
        List<FieldError> errors = new ArrayList<>();
        assertNull(DepartmentSheet.checker(none, table).check(bad, 0, errors));
        assertEquals(List.of("kind", "name"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void anExportedRowImportsAsTheSameDepartment() {
        DepartmentEntity e = new DepartmentEntity();
        e.name = "郑州市测试局";
        e.nameKey = DepartmentRules.nameKey(e.name);
        e.shortName = "测试局";
        e.kind = DepartmentKind.GOVERNMENT_DEPARTMENT;
        e.creditCode = DepartmentRulesTest.VALID_CODE;
        e.orgCode = "ZZ-01";
        e.enforcementDomains = "=领域";
        e.responsibilities = "宣传一\n宣传二";
        e.source = "https://example.org/a";
        e.verified = true;
        e.status = DepartmentStatus.ACTIVE;
        List<String> cells = DepartmentSheet.row(e);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            row.put(DepartmentSheet.TEMPLATE.headers().get(i), cells.get(i));
        }
        List<FieldError> errors = new ArrayList<>();
        DepartmentRules.Checked c = DepartmentRules.check(DepartmentSheet.toInput(row, errors), "", null, errors);
        assertEquals(List.of(), errors);
        assertTrue(DepartmentService.sameAs(e, c), "nothing would change: " + c);
    }

    @Test
    void aCreditCodeOrOrgTwiceInOneFileIsRefusedNamingTheEarlierRow() {
        DepartmentRules.Lookup none = new DepartmentRules.Lookup() {
            @Override
            public DepartmentRules.Known byNameKey(String key) {
                return null;
            }

            @Override
            public DepartmentRules.Known byCreditCode(String code) {
                return null;
            }

            @Override
            public DepartmentRules.Known byOrg(String org) {
                return org.equals("TAKEN") ? new DepartmentRules.Known("x", "已有局", null, "TAKEN") : null;
            }
        };
        List<Map<String, String>> rows = List.of(
                row("名称", "甲局", "类型", "政府部门", "统一社会信用代码", DepartmentRulesTest.VALID_CODE, "宿主组织编码", "A"),
                row("名称", "乙局", "类型", "政府部门", "统一社会信用代码", DepartmentRulesTest.VALID_CODE, "宿主组织编码", "B"),
                row("名称", "丙局", "类型", "政府部门", "宿主组织编码", "A"),
                row("名称", "丁局", "类型", "政府部门", "宿主组织编码", "TAKEN"));
        Table table = new Table(DepartmentSheet.TEMPLATE.headers(), rows, List.of(2, 3, 4, 5));
        RowChecker<Map<String, String>, DepartmentRules.Checked> checker = DepartmentSheet.checker(none, table);
        Map<Integer, List<FieldError>> faults = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            DepartmentRules.Checked c = checker.check(rows.get(i), i, errors);
            assertEquals(errors.isEmpty(), c != null);
            faults.put(i, errors);
        }
        assertNotNull(faults.get(0));
        assertEquals(List.of(), faults.get(0));
        assertEquals(List.of(new FieldError("creditCode", "与第 2 行的统一社会信用代码相同")), faults.get(1));
        assertEquals(List.of(new FieldError("org", "与第 2 行的组织编码相同")), faults.get(2));
        assertEquals("org", faults.get(3).get(0).field());
    }
}
