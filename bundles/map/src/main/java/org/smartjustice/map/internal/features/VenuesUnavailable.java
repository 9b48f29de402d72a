package org.smartjustice.map.internal.features;

import org.smartjustice.platform.api.problem.ProblemException;

/** 503 {@code module-unavailable} naming venues: the map's points come from the venues module, which is absent. */
final class VenuesUnavailable {

    private VenuesUnavailable() {
    }

    static ProblemException problem() {
        return ProblemException.moduleUnavailable("venues", "阵地管理");
    }
}
