package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.rosters.api.Placement;
import org.smartjustice.rosters.api.RosterPlacements;
import org.smartjustice.rosters.internal.RostersData;

/** {@link RosterPlacements} from the members on duty and their posts. */
@Component(service = RosterPlacements.class)
public class Placements implements RosterPlacements {

    static final int MAX_IDS = 1000;

    @Reference
    private RostersData data;

    @Override
    public Map<String, Placement> placementsOf(Collection<String> hostUserIds) {
        List<String> ids = hostUserIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Placement> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + MAX_IDS));
            data.read(em -> {
                List<Object[]> rows = em.createQuery("select m.hostUserId, m.name, p.role, p.gridCode, p.communityCode, p.streetCode"
                        + " from MemberEntity m, MemberPostEntity p where p.memberId = m.id and p.onDuty = true"
                        + " and m.hostUserId in :ids order by m.hostUserId, p.primaryGrid desc, p.gridCode", Object[].class)
                        .setParameter("ids", part).getResultList();
                Map<String, List<Placement.Post>> posts = new HashMap<>();
                Map<String, String> names = new HashMap<>();
                for (Object[] r : rows) {
                    String who = (String) r[0];
                    names.put(who, (String) r[1]);
                    posts.computeIfAbsent(who, k -> new ArrayList<>()).add(new Placement.Post(
                            (org.smartjustice.rosters.api.RosterRole) r[2], (String) r[3], (String) r[4], (String) r[5]));
                }
                posts.forEach((who, list) -> out.put(who, new Placement(who, names.get(who), list)));
                return null;
            });
        }
        return out;
    }
}
