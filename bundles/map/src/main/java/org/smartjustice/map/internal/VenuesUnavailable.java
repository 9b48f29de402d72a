package org.smartjustice.map.internal;

import org.smartjustice.platform.api.problem.ProblemException;

/** 503 {@code venues-unavailable}: the venues module is not installed or not started. */
final class VenuesUnavailable {

    static final String TYPE = "venues-unavailable";

    private VenuesUnavailable() {
    }

    static ProblemException problem() {
        return new ProblemException(503, TYPE, "阵地数据暂不可用",
                "阵地管理模块（justice-venues）未安装或未启动，地图暂时无法提供点位，请稍后再试");
    }
}
