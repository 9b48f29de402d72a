package org.smartjustice.supervision.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * Who may do what with supervision's departments (docs/supervision.md, "Roles"):
 * <ul>
 * <li>read every department of the tenant: {@link #READERS};</li>
 * <li>change them: {@code DISTRICT_ADMIN} and {@code PLATFORM_OPERATOR} in every tenant, and the city's
 * supervisors ({@code CITY_SUPERVISOR}) in the city tenant {@value #CITY} only, whose departments they
 * supervise; in a district a city supervisor reads;</li>
 * <li>a {@code DEPARTMENT_LIAISON} with none of the roles above reads only the department whose host
 * organisation code is the token's {@code org}; without one, none;</li>
 * <li>events, screening rules and the screening queue are read by {@link #READERS}; supervisors
 * ({@code SUPERVISOR}) decide on the queue, and so do the city's supervisors in the city tenant; rules are
 * written by supervisors and by those who may change departments. A liaison sees none of it.</li>
 * </ul>
 */
public final class Access {

    public static final String CITY = "410100";

    public static final Role[] READERS = { Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR };
    /** What {@code @RequiresRole} lets through to writes; {@link #requireWriter} narrows CITY_SUPERVISOR to the city. */
    public static final Role[] WRITERS = { Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR };
    public static final Role[] ANY = { Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR,
            Role.DEPARTMENT_LIAISON };

    private Access() {
    }

    /** Whether the caller reads every department of the tenant. */
    public static boolean readsAll(Principal caller) {
        return caller.hasAnyRole(List.of(READERS));
    }

    /**
     * The host organisation code a caller's reading is limited to: empty for one who reads all, else the
     * token's {@code org} ("" when it has none, which matches no department).
     */
    public static Optional<String> limitedToOrg(Principal caller) {
        if (readsAll(caller)) {
            return Optional.empty();
        }
        return Optional.of(caller.org() == null ? "" : caller.org());
    }

    /** Whether callers with these roles may change the departments of {@code tenant}. */
    public static boolean mayWrite(Set<Role> roles, String tenant) {
        return roles.contains(Role.DISTRICT_ADMIN) || roles.contains(Role.PLATFORM_OPERATOR)
                || roles.contains(Role.CITY_SUPERVISOR) && CITY.equals(tenant);
    }

    /** Whether callers with these roles may collect or dismiss screened events of {@code tenant}. */
    public static boolean mayScreen(Set<Role> roles, String tenant) {
        return roles.contains(Role.SUPERVISOR) || roles.contains(Role.CITY_SUPERVISOR) && CITY.equals(tenant);
    }

    /** 403 unless {@link #mayScreen}. */
    public static void requireScreener(Principal caller, String tenant) {
        if (!mayScreen(caller.roles(), tenant)) {
            throw ProblemException.forbidden("归集或排除事件需要 SUPERVISOR 角色；CITY_SUPERVISOR 只能在市本级（" + CITY + "）");
        }
    }

    /** 403 unless the caller may write the screening rules of {@code tenant}: a supervisor or a department writer. */
    public static void requireRuleWriter(Principal caller, String tenant) {
        if (!caller.roles().contains(Role.SUPERVISOR) && !mayWrite(caller.roles(), tenant)) {
            throw ProblemException.forbidden("修改甄别规则需要以下角色之一：SUPERVISOR、DISTRICT_ADMIN、PLATFORM_OPERATOR；"
                    + "CITY_SUPERVISOR 只能修改市本级（" + CITY + "）的规则");
        }
    }

    /** 403 unless {@link #mayWrite}. */
    public static void requireWriter(Principal caller, String tenant) {
        if (!mayWrite(caller.roles(), tenant)) {
            throw ProblemException.forbidden("修改部门需要以下角色之一：DISTRICT_ADMIN、PLATFORM_OPERATOR；"
                    + "CITY_SUPERVISOR 只能修改市本级（" + CITY + "）的部门");
        }
    }
}
