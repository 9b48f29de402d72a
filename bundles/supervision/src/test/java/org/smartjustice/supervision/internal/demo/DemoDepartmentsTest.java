package org.smartjustice.supervision.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.supervision.internal.departments.DepartmentInput;
import org.smartjustice.supervision.internal.departments.DepartmentKind;
import org.smartjustice.supervision.internal.departments.DepartmentRules;

class DemoDepartmentsTest {

    @Test
    void theCitysDepartmentsAreValidWithTheirSourcesAndNoInventedCreditCodes() {
        List<DepartmentInput> departments = DemoDepartments.read();
        assertEquals(19, departments.size());
        List<FieldError> errors = new ArrayList<>();
        HashSet<String> names = new HashSet<>();
        for (DepartmentInput d : departments) {
            assertTrue(DepartmentRules.check(d, d.name() + ".", null, errors) != null, errors.toString());
            assertNull(d.creditCode(), d.name());
            assertTrue(d.org().startsWith(DemoDepartments.ORG_PREFIX), d.org());
            assertTrue(names.add(DepartmentRules.nameKey(d.name())), d.name());
        }
        DepartmentInput cgj = departments.get(0);
        assertEquals("郑州市城市管理局", cgj.name());
        assertEquals("市城管局", cgj.shortName());
        assertEquals(DepartmentKind.GOVERNMENT_DEPARTMENT, cgj.kind());
        assertTrue(cgj.source().contains("zhengzhou.gov.cn"));
        assertTrue(cgj.verified());
        assertEquals(2, departments.stream().filter(d -> !d.verified()).count(), "two names seen only in third-party material");
        assertEquals(DepartmentKind.ENFORCEMENT_TEAM, departments.get(1).kind());
        assertEquals(DepartmentKind.TOWNSHIP, departments.get(18).kind());
        assertEquals(DepartmentKind.ENFORCEMENT_AGENCY,
                departments.stream().filter(d -> d.name().contains("卫生监督所")).findFirst().orElseThrow().kind());
    }
}
