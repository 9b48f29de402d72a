package org.smartjustice.academy.api;

import org.smartjustice.platform.api.Titled;

/** The topics of the 政策宣传专区 (DESIGN §2). */
public enum Topic implements Titled {
    NATIONAL_LEGAL_EXAM("国家统一法律职业资格考试"),
    ADMINISTRATIVE_RECONSIDERATION_AND_LITIGATION("行政复议诉讼"),
    NOTARIZATION("公证"),
    LEGAL_AID("法律援助"),
    FORENSIC_APPRAISAL("司法鉴定"),
    MEDIATION("调解"),
    POST_REHABILITATION_CARE("后续照管"),
    COMMUNITY_CORRECTION("社区矫正"),
    RESETTLEMENT_ASSISTANCE("安置帮教");

    private final String title;

    Topic(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
