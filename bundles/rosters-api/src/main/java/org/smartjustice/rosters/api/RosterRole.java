package org.smartjustice.rosters.api;

import org.smartjustice.platform.api.Titled;

/** The roles of the people of the justice system in the grid organisation (DESIGN §2). */
public enum RosterRole implements Titled {
    BUREAU_LEAD("市县两级司法行政部门业务负责人"),
    LEGAL_EDUCATION_LIAISON("普法联络员"),
    NOTARY_OFFICE_HEAD("公证机构负责人"),
    LEGAL_AID_CENTER_HEAD("法律援助中心负责人"),
    JUSTICE_OFFICE_HEAD("司法所负责人"),
    LEGAL_AWARE_RESIDENT("法律明白人"),
    COMMUNITY_LEGAL_ADVISER("村(居)法律顾问"),
    MEDIATOR("调解员");

    private final String title;

    RosterRole(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
