package org.smartjustice.platform.api;

/** The roles that the host platform puts into a caller's token (DESIGN §4). */
public enum Role implements Titled {
    PLATFORM_OPERATOR("平台运维"),
    CITY_SUPERVISOR("市级监督"),
    DISTRICT_ADMIN("区县管理员"),
    SUPERVISOR("执法监督人员"),
    EDITOR("内容编辑"),
    GRID_WORKER("网格员"),
    /** A government department's 联络员, who answers the notices addressed to their department ({@code org}). */
    DEPARTMENT_LIAISON("部门联络员");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    /** City-level roles read across every tenant. */
    public boolean isCityWide() {
        return this == PLATFORM_OPERATOR || this == CITY_SUPERVISOR;
    }
}
