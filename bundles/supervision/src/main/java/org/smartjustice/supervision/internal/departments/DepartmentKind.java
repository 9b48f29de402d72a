package org.smartjustice.supervision.internal.departments;

import org.smartjustice.platform.api.Titled;

/** What kind of body a department is; screening rules and notices choose departments by it. */
public enum DepartmentKind implements Titled {
    /** A government department (市/区县政府工作部门) with enforcement powers or legal-education duties. */
    GOVERNMENT_DEPARTMENT("政府部门"),
    /** A comprehensive administrative law-enforcement team (综合行政执法支队/大队). */
    ENFORCEMENT_TEAM("综合行政执法队伍"),
    /** Another enforcement body (卫生监督所, 法律法规授权组织, 受委托组织). */
    ENFORCEMENT_AGENCY("执法机构"),
    /** 乡镇人民政府（街道办事处）, enforcement bodies since the township-level delegation of powers. */
    TOWNSHIP("乡镇（街道）"),
    /** A unit with legal-education duties (谁执法谁普法) that enforces nothing itself. */
    LEGAL_EDUCATION_UNIT("普法责任单位");

    private final String title;

    DepartmentKind(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
