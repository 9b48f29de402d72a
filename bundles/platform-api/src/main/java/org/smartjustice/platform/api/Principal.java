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
 * @param org     the host organisation unit the caller belongs to (the token's optional {@code org}: a
 *                department's code for a {@link Role#DEPARTMENT_LIAISON}), or null; since 1.5
 */
public record Principal(String subject, String name, Set<Role> roles, Set<String> tenants, String org) {

    public static final String ALL_TENANTS = "*";

    /** The caller of a public endpoint: no roles, no tenants. */
    public static final Principal ANONYMOUS = new Principal("anonymous", "匿名", Set.of(), Set.of());

    public Principal {
        Objects.requireNonNull(subject, "subject");
        name = name == null || name.isBlank() ? subject : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        tenants = Set.copyOf(tenants);
        org = org == null || org.isBlank() ? null : org;
    }

    /** A caller who belongs to no host organisation unit (no {@code org} claim). */
    public Principal(String subject, String name, Set<Role> roles, Set<String> tenants) {
        this(subject, name, roles, tenants, null);
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

    /**
     * Whether two host user ids ({@code sub}) name the same person, as the host's identity provider
     * compares user names: letter case does not count, and full-width forms are their ASCII letters
     * (NFKC). Four-eyes rules and "my" views compare with this, never with {@code equals}.
     *
     * @since 1.4
     */
    public static boolean sameIdentity(String a, String b) {
        return a != null && b != null && identityKey(a).equals(identityKey(b));
    }

    /** The form {@link #sameIdentity} compares: NFKC, lower case. */
    public static String identityKey(String subject) {
        return java.text.Normalizer.normalize(subject, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }
}
