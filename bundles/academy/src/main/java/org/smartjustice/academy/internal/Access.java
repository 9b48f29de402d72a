package org.smartjustice.academy.internal;

import org.smartjustice.platform.api.Role;

/** Who does what in the academy. */
public final class Access {

    /** Write drafts and review others' (a reviewer is an editor or admin other than the author). */
    public static final Role[] EDITORS = { Role.EDITOR, Role.DISTRICT_ADMIN };
    /** Read the district's content in every state. */
    public static final Role[] READERS = { Role.EDITOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR };

    private Access() {
    }
}
