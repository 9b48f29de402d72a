package org.smartjustice.academy.internal;

import org.smartjustice.platform.api.Role;

/** Who does what in the academy. */
public final class Access {

    /** Write drafts and review others' (a reviewer is an editor or admin other than the author). */
    public static final Role[] EDITORS = { Role.EDITOR, Role.DISTRICT_ADMIN };

    private Access() {
    }
}
