package org.smartjustice.rosters.internal.tasks;

import java.util.List;

import javax.persistence.EntityManager;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridStore;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberService;
import org.smartjustice.rosters.internal.members.MemberStatus;
import org.smartjustice.rosters.internal.members.MemberStore;
import org.smartjustice.rosters.internal.members.MemberStore.Within;

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
    static Resolution resolve(EntityManager em, MemberStore members, GridStore grids, Target target, GridCellEntity grid) {
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
                        : grids.byCode(em, codes.get(0)).orElse(null);
                return new Resolution(ResolvedAt.MEMBER, List.of(m.id()), home);
            }
            case GRID -> {
                List<String> ids = members.onDutyIn(em, Within.GRID, grid.code, null, MOST);
                if (ids.isEmpty()) {
                    throw noAssignee("网格 " + grid.name + " 没有在岗的成员");
                }
                return new Resolution(ResolvedAt.GRID, ids, grid);
            }
            default -> {
                RosterRole role = target.role();
                List<String> ids = members.onDutyIn(em, Within.GRID, grid.code, role, MOST);
                if (!ids.isEmpty()) {
                    return new Resolution(ResolvedAt.GRID, ids, grid);
                }
                ids = members.onDutyIn(em, Within.COMMUNITY, grid.communityCode, role, MOST);
                if (!ids.isEmpty()) {
                    return new Resolution(ResolvedAt.COMMUNITY, ids, grid);
                }
                ids = members.onDutyIn(em, Within.STREET, grid.streetCode, role, MOST);
                if (!ids.isEmpty()) {
                    return new Resolution(ResolvedAt.STREET, ids, grid);
                }
                throw noAssignee("网格 " + grid.name + "、所在社区（村）和街道都没有在岗的" + role.title());
            }
        }
    }

    private static ProblemException noAssignee(String detail) {
        return new ProblemException(409, "no-assignee", "没有可派遣的成员", detail + "：请先配备成员，或派给指定成员");
    }
}
