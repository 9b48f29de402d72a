package org.smartjustice.platform.api;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of a request, as the host platform's token describes it.
 *
 * @param subject the token's {@code sub}
 * @param name    the display name ({@code name} claim), may equal the subject
 * @param roles   the roles granted
 * @param tenants the tenant codes the caller may act for; {@link #ALL_TENANTS} means every tenant
 */
public record Principal(String subject, String name, Set<Role> roles, Set<String> tenants) {

    public static final String ALL_TENANTS = "*";

    /** The caller of a public endpoint: no roles, no tenants. */
    public static final Principal ANONYMOUS = new Principal("anonymous", "匿名", Set.of(), Set.of());

    public Principal {
        Objects.requireNonNull(subject, "subject");
        name = name == null || name.isBlank() ? subject : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        tenants = Set.copyOf(tenants);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || roles.isEmpty() && tenants.isEmpty() && "anonymous".equals(subject);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token names this tenant (or every tenant). */
    public boolean mayActFor(String tenant) {
        return tenants.contains(ALL_TENANTS) || tenants.contains(tenant);
    }
}
