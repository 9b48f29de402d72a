package org.smartjustice.venues.api;

import org.smartjustice.platform.api.Titled;

/** The nine kinds of 阵地 (DESIGN §2). */
public enum VenueType implements Titled {
    RULE_OF_LAW_CULTURE_SITE("法治文化场所", false),
    PUBLIC_LEGAL_SERVICE_CENTER("公共法律服务中心", false),
    JUSTICE_OFFICE("司法所", false),
    NOTARY_OFFICE("公证处", true),
    LEGAL_AID_CENTER("法律援助机构", false),
    MEDIATION_ORGANIZATION("调解组织", false),
    FORENSIC_APPRAISAL_INSTITUTION("司法鉴定机构", true),
    LAW_FIRM("律师事务所", true),
    LEGISLATIVE_LIAISON_POINT("政府立法基层联系点", false);

    private final String title;
    private final boolean requiresCreditCode;

    VenueType(String title, boolean requiresCreditCode) {
        this.title = title;
        this.requiresCreditCode = requiresCreditCode;
    }

    @Override
    public String title() {
        return title;
    }

    /** Licensed institutions always have a 统一社会信用代码; for the other types it is optional. */
    public boolean requiresCreditCode() {
        return requiresCreditCode;
    }

    /** Reads the English name or the zh-CN title, as spreadsheets carry either. */
    public static VenueType parse(String text) {
        return Titled.parse(VenueType.class, text);
    }
}
