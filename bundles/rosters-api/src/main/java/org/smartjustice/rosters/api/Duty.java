package org.smartjustice.rosters.api;

import org.smartjustice.platform.api.Titled;

/** The duties the people of the justice system take in the grid (DESIGN §2). */
public enum Duty implements Titled {
    LEGAL_EDUCATION("全民普法"),
    RISK_SCREENING("风险排查"),
    DISPUTE_RESOLUTION("矛盾纠纷化解"),
    LEGAL_CONSULTATION("法律咨询"),
    LEGAL_SERVICES("法律服务"),
    ENFORCEMENT_SUPERVISION("行政执法监督");

    private final String title;

    Duty(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
