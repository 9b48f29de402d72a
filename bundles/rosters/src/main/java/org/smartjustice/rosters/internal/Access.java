package org.smartjustice.rosters.internal;

import java.util.List;

import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;

/** Who may do what in rosters; write methods declare the same roles with {@code @RequiresRole}. */
public final class Access {

    /** Keep the district's people and grids, and may see members' mobiles (asking, audited). */
    public static final Role[] MANAGERS = { Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR };
    /** Send tasks, verify answers, grant extensions: the district and the host's dispatch centre. */
    public static final Role[] DISPATCHERS = { Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR };
    /** Read every task of the district. */
    public static final Role[] TASK_READERS = { Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR,
            Role.CITY_SUPERVISOR };

    private Access() {
    }

    public static boolean manages(TenantContext context) {
        return context.principal().hasAnyRole(List.of(MANAGERS));
    }

    public static boolean dispatches(TenantContext context) {
        return context.principal().hasAnyRole(List.of(DISPATCHERS));
    }
}
