package org.smartjustice.rosters.internal.members;

import java.util.List;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.smartjustice.rosters.api.RosterRole;

/** The filters of the member list as JPQL: where a member holds a role, in which cells, on duty or not, by name. */
record MemberFilter(Set<RosterRole> roles, String grid, String community, String street, MemberStatus status,
                    String text) {

    String where() {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (!roles.isEmpty() || grid != null || community != null || street != null) {
            w.append(" and exists (select p.id from MemberPostEntity p where p.memberId = m.id");
            if (!roles.isEmpty()) {
                w.append(" and p.role in :roles");
            }
            if (grid != null) {
                w.append(" and p.gridCode = :grid");
            }
            if (community != null) {
                w.append(" and p.communityCode = :community");
            }
            if (street != null) {
                w.append(" and p.streetCode = :street");
            }
            w.append(")");
        }
        if (status != null) {
            w.append(" and m.status = :status");
        }
        if (like() != null) {
            w.append(" and m.name like :like escape '\\'");
        }
        return w.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> q) {
        if (!roles.isEmpty()) {
            q.setParameter("roles", List.copyOf(roles));
        }
        if (grid != null) {
            q.setParameter("grid", grid);
        }
        if (community != null) {
            q.setParameter("community", community);
        }
        if (street != null) {
            q.setParameter("street", street);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        if (like() != null) {
            q.setParameter("like", like());
        }
        return q;
    }

    private String like() {
        return org.smartjustice.platform.api.persistence.Like.containing(text);
    }
}
