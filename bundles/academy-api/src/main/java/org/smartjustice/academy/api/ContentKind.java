package org.smartjustice.academy.api;

import org.smartjustice.platform.api.Titled;

/** The kinds of academy content (DESIGN §2, §6). */
public enum ContentKind implements Titled {
    LEGAL_EDUCATION("普法内容"),
    POLICY("政策"),
    PROCEDURE("业务办理流程"),
    DOCUMENT_TEMPLATE("法律制式文书"),
    FAQ("高频咨询");

    private final String title;

    ContentKind(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
