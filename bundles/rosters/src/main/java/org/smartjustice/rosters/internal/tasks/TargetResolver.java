package org.smartjustice.rosters.internal.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberService;
import org.smartjustice.rosters.internal.members.MemberStatus;

/**
 * Finds the members a target means: the member; the members holding the role in the grid cell,
 * else in its community, else in its street (the resolution says which); the grid cell's members.
 * Only members on duty; at most {@value #MOST} of them, primary posts first.
 */
final class TargetResolver {

    static final int MOST = 100;

    record Resolution(ResolvedAt at, List<String> memberIds, GridCellEntity grid) {

        String note(RosterRole role) {
            return switch (at) {
                case MEMBER -> "派给指定成员";
                case GRID -> "派给本网格的" + (role == null ? "成员" : role.title()) + "（" + memberIds.size() + " 人）";
                case COMMUNITY -> "本网格没有在岗的" + role.title() + "，派给所在社区（村）的" + role.title() + "（"
                        + memberIds.size() + " 人）";
                case STREET -> "本网格和所在社区（村）都没有在岗的" + role.title() + "，派给所在街道的" + role.title() + "（"
                        + memberIds.size() + " 人）";
            };
        }
    }

    private TargetResolver() {
    }

    /** @param grid the target's grid cell (looked up by the caller), null for a member target */
    static Resolution resolve(EntityManager em, Target target, GridCellEntity grid) {
        switch (target.kind()) {
            case MEMBER -> {
                MemberEntity m = em.find(MemberEntity.class, target.memberId());
                if (m == null) {
                    throw ProblemException.invalidField("target.memberId", "本区县没有编号为 " + ProblemException.shownId(target.memberId()) + " 的成员");
                }
                if (m.status != MemberStatus.ON_DUTY) {
                    throw ProblemException.invalidField("target.memberId", m.name + " 已离岗，不能接收派遣");
                }
                List<String> codes = MemberService.gridCodes(m);
                GridCellEntity home = grid != null || codes.isEmpty() ? grid
                        : em.createQuery("select g from GridCellEntity g where g.code = :c", GridCellEntity.class)
                        .setParameter("c", codes.get(0)).getResultList().stream().findFirst().orElse(null);
                return new Resolution(ResolvedAt.MEMBER, List.of(m.id()), home);
            }
            case GRID -> {
                List<String> ids = posted(em, "p.gridCode = :place", grid.code, null);
                if (ids.isEmpty()) {
                    throw noAssignee("网格 " + grid.name + " 没有在岗的成员");
                }
                return new Resolution(ResolvedAt.GRID, ids, grid);
            }
            default -> {
                RosterRole role = target.role();
                List<String> ids = posted(em, "p.gridCode = :place", grid.code, role);
                if (!ids.isEmpty()) {
                    return new Resolution(ResolvedAt.GRID, ids, grid);
                }
                ids = posted(em, "p.communityCode = :place", grid.communityCode, role);
                if (!ids.isEmpty()) {
                    return new Resolution(ResolvedAt.COMMUNITY, ids, grid);
                }
                ids = posted(em, "p.streetCode = :place", grid.streetCode, role);
                if (!ids.isEmpty()) {
                    return new Resolution(ResolvedAt.STREET, ids, grid);
                }
                throw noAssignee("网格 " + grid.name + "、所在社区（村）和街道都没有在岗的" + role.title());
            }
        }
    }

    private static List<String> posted(EntityManager em, String where, String place, RosterRole role) {
        var q = em.createQuery("select p.memberId, p.primaryGrid from MemberPostEntity p where " + where
                + " and p.onDuty = true" + (role == null ? "" : " and p.role = :role")
                + " order by p.primaryGrid desc, p.memberId", Object[].class).setParameter("place", place);
        if (role != null) {
            q.setParameter("role", role);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object[] row : q.setMaxResults(MOST * 4).getResultList()) {
            ids.add((String) row[0]);
            if (ids.size() == MOST) {
                break;
            }
        }
        return new ArrayList<>(ids);
    }

    private static ProblemException noAssignee(String detail) {
        return new ProblemException(409, "no-assignee", "没有可派遣的成员", detail + "：请先配备成员，或派给指定成员");
    }
}
