package org.smartjustice.venues.internal;

import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;

/**
 * Who may do what with venues: reading is for every role of the tenant, editing for admins (the
 * write methods declare {@code @RequiresRole} with the same roles).
 */
public final class Access {

    public static final Role[] EDITORS = { Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR };

    private Access() {
    }

    /** Contact mobiles are personal information (PIPL): shown only to those who manage the venues. */
    public static boolean seesPersonalData(TenantContext context) {
        return context.principal().hasAnyRole(java.util.List.of(EDITORS));
    }
}
