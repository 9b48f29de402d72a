package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridUse;

/**
 * The members of the current tenant and their posts: every query of the members, through the unit
 * {@code justice-rosters}. As a {@link GridUse} it counts the posts in a grid cell and moves them
 * with the cell.
 */
@Component(service = { MemberStore.class, GridUse.class }, property = GridUse.KIND + "=" + GridUse.POSTS)
public class MemberStore implements GridUse {

    static final int IN_BATCH = 1000;

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-rosters)")
    private TenantPersistence jpa;

    /** Where a member's post is: its grid cell, the cell's community or its street. */
    public enum Within {
        GRID("p.gridCode"), COMMUNITY("p.communityCode"), STREET("p.streetCode");

        private final String column;

        Within(String column) {
            this.column = column;
        }
    }

    /** A post of a member on duty, with the member's host user and name. */
    record HeldPost(String hostUserId, String name, RosterRole role, String gridCode, String communityCode,
                    String streetCode) {
    }

    public <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    public Optional<MemberEntity> find(String id) {
        return jpa.find(MemberEntity.class, id);
    }

    public long count() {
        return read(em -> em.createQuery("select count(m) from MemberEntity m", Long.class).getSingleResult());
    }

    /** The member whose host user id is {@code sub}. */
    Optional<MemberEntity> byHostUser(String sub) {
        return read(em -> em.createQuery("select m from MemberEntity m where m.hostUserId = :sub", MemberEntity.class)
                .setParameter("sub", sub).getResultList().stream().findFirst());
    }

    public Map<String, MemberEntity> byIds(EntityManager em, Collection<String> ids) {
        List<String> all = List.copyOf(new HashSet<>(ids));
        Map<String, MemberEntity> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            em.createQuery("select m from MemberEntity m where m.id in :ids", MemberEntity.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_BATCH))).getResultList()
                    .forEach(m -> found.put(m.id(), m));
        }
        return found;
    }

    Map<String, MemberEntity> byNaturalKeys(EntityManager em, List<String> keys) {
        Map<String, MemberEntity> existing = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_BATCH) {
            em.createQuery("select m from MemberEntity m where m.naturalKey in :keys", MemberEntity.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + IN_BATCH))).getResultList()
                    .forEach(m -> existing.put(m.naturalKey, m));
        }
        return existing;
    }

    /**
     * The members who are the same person as {@code c}: the same natural key, host user or mobile, or
     * the same name in the same primary cell (for people known by neither).
     */
    List<MemberEntity> sameAs(EntityManager em, MemberRules.Checked c) {
        String sub = c.input().hostUserId() == null || c.input().hostUserId().isBlank() ? null : c.input().hostUserId().strip();
        StringBuilder where = new StringBuilder("m.naturalKey = :key");
        if (sub != null) {
            where.append(" or m.hostUserId = :sub");
        }
        if (c.mobile() != null) {
            where.append(" or m.mobile = :mobile");
        }
        String primary = c.grids().isEmpty() ? null : c.grids().get(0).code;
        if (primary != null) {
            where.append(" or (m.name = :name and (m.gridCodes = :primary or m.gridCodes like :primaryFirst))");
        }
        var q = em.createQuery("select m from MemberEntity m where " + where, MemberEntity.class)
                .setParameter("key", c.naturalKey());
        if (sub != null) {
            q.setParameter("sub", sub);
        }
        if (c.mobile() != null) {
            q.setParameter("mobile", c.mobile());
        }
        if (primary != null) {
            q.setParameter("name", c.input().name().strip()).setParameter("primary", primary)
                    .setParameter("primaryFirst", primary + ",%");
        }
        return q.getResultList();
    }

    /** Removes the posts of these members (they are written anew). */
    void deletePosts(EntityManager em, List<String> memberIds) {
        for (int from = 0; from < memberIds.size(); from += IN_BATCH) {
            em.createQuery("delete from MemberPostEntity p where p.memberId in :ids")
                    .setParameter("ids", memberIds.subList(from, Math.min(memberIds.size(), from + IN_BATCH))).executeUpdate();
        }
    }

    /** The member's posts go off duty and out of the public contacts. */
    void postsOffDuty(EntityManager em, String memberId) {
        em.createQuery("update MemberPostEntity p set p.onDuty = false, p.listed = false where p.memberId = :id")
                .setParameter("id", memberId).executeUpdate();
    }

    /** A page of the members the filter matches. */
    Page<MemberEntity> list(MemberFilter filter, PageRequest paging) {
        String order = " order by m." + paging.sortField() + (paging.descending() ? " desc" : "") + ", m.id";
        return read(em -> {
            TypedQuery<MemberEntity> items = filter.bind(em.createQuery("select m from MemberEntity m" + filter.where() + order,
                    MemberEntity.class));
            long total = filter.bind(em.createQuery("select count(m) from MemberEntity m" + filter.where(), Long.class))
                    .getSingleResult();
            List<MemberEntity> found = items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return new Page<>(found, total, paging.page(), paging.size());
        });
    }

    /** Every member, by name. */
    List<MemberEntity> allByName() {
        return read(em -> em.createQuery("select m from MemberEntity m order by m.name, m.id", MemberEntity.class)
                .getResultList());
    }

    /** The members on duty, by id. */
    Map<String, MemberEntity> onDuty() {
        return read(em -> {
            Map<String, MemberEntity> members = new HashMap<>();
            em.createQuery("select m from MemberEntity m where m.status = :on", MemberEntity.class)
                    .setParameter("on", MemberStatus.ON_DUTY).getResultList().forEach(m -> members.put(m.id(), m));
            return members;
        });
    }

    /** The posts of members on duty, by grid cell, role and member. */
    List<MemberPostEntity> postsOnDuty() {
        return read(em -> em.createQuery("select p from MemberPostEntity p where p.onDuty = true"
                + " order by p.gridCode, p.role, p.memberId", MemberPostEntity.class).getResultList());
    }

    /** The on-duty posts of these roles, for the coverage. */
    List<CoverageRules.Post> postsOnDuty(Set<RosterRole> roles) {
        return read(em -> em.createQuery("select p.memberId, p.role, p.gridCode, p.communityCode, p.streetCode"
                        + " from MemberPostEntity p where p.onDuty = true and p.role in :roles", Object[].class)
                .setParameter("roles", List.copyOf(roles)).getResultList().stream()
                .map(r -> new CoverageRules.Post((String) r[0], (RosterRole) r[1], (String) r[2], (String) r[3],
                        (String) r[4])).toList());
    }

    /**
     * The members listed in the public contacts with one of these roles in a grid cell ({@code grid})
     * or else a community, by name, each once.
     */
    List<MemberEntity> listed(String grid, String community, List<RosterRole> roles) {
        return read(em -> {
            List<Object[]> rows = em.createQuery("select m, p.role from MemberPostEntity p, MemberEntity m"
                            + " where m.id = p.memberId and p.listed = true and p.role in :roles and "
                            + (grid != null ? "p.gridCode = :place" : "p.communityCode = :place") + " order by m.name, m.id",
                    Object[].class).setParameter("roles", roles).setParameter("place", grid != null ? grid : community)
                    .getResultList();
            Map<String, MemberEntity> byMember = new LinkedHashMap<>();
            for (Object[] r : rows) {
                MemberEntity m = (MemberEntity) r[0];
                byMember.putIfAbsent(m.id(), m);
            }
            return List.copyOf(byMember.values());
        });
    }

    /** Changes with every write of a member (updates raise a version, inserts the count). */
    String revision() {
        return read(em -> {
            Object[] r = em.createQuery("select max(m.updatedAt), count(m), sum(m.version) from MemberEntity m", Object[].class)
                    .getSingleResult();
            return r[0] + "/" + r[1] + "/" + r[2];
        });
    }

    /** The on-duty posts of the members with these host user ids, primary posts first. */
    List<HeldPost> postsOfHostUsers(List<String> hostUserIds) {
        return read(em -> em.createQuery("select m.hostUserId, m.name, p.role, p.gridCode, p.communityCode, p.streetCode"
                        + " from MemberEntity m, MemberPostEntity p where p.memberId = m.id and p.onDuty = true"
                        + " and m.hostUserId in :ids order by m.hostUserId, p.primaryGrid desc, p.gridCode", Object[].class)
                .setParameter("ids", hostUserIds).getResultList().stream()
                .map(r -> new HeldPost((String) r[0], (String) r[1], (RosterRole) r[2], (String) r[3], (String) r[4],
                        (String) r[5])).toList());
    }

    /**
     * The members on duty posted in a place (with the role, when given), primary posts first: at most
     * {@code most} of them.
     */
    public List<String> onDutyIn(EntityManager em, Within within, String place, RosterRole role, int most) {
        var q = em.createQuery("select p.memberId, p.primaryGrid from MemberPostEntity p where " + within.column
                + " = :place and p.onDuty = true" + (role == null ? "" : " and p.role = :role")
                + " order by p.primaryGrid desc, p.memberId", Object[].class).setParameter("place", place);
        if (role != null) {
            q.setParameter("role", role);
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (Object[] row : q.setMaxResults(most * 4).getResultList()) {
            ids.add((String) row[0]);
            if (ids.size() == most) {
                break;
            }
        }
        return new ArrayList<>(ids);
    }

    @Override
    public long count(EntityManager em, String gridCode) {
        return em.createQuery("select count(p) from MemberPostEntity p where p.gridCode = :code", Long.class)
                .setParameter("code", gridCode).getSingleResult();
    }

    @Override
    public void moved(EntityManager em, String gridCode, Division community) {
        em.createQuery("update MemberPostEntity p set p.communityCode = :community, p.streetCode = :street"
                        + " where p.gridCode = :code").setParameter("community", community.code())
                .setParameter("street", community.parentCode()).setParameter("code", gridCode).executeUpdate();
        // The public contacts of both communities change: their answers are keyed by the members' revision.
        em.createQuery("update MemberEntity m set m.updatedAt = :now where m.gridCodes like :cell")
                .setParameter("now", UtcTimes.now()).setParameter("cell", "%" + gridCode + "%").executeUpdate();
    }
}
