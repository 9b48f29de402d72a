package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.rosters.api.Placement;
import org.smartjustice.rosters.api.RosterPlacements;

/** {@link RosterPlacements} from the members on duty and their posts. */
@Component(service = RosterPlacements.class)
public class PlacementService implements RosterPlacements {

    static final int MAX_IDS = 1000;

    @Reference
    private MemberStore store;

    @Override
    public Map<String, Placement> placementsOf(Collection<String> hostUserIds) {
        List<String> ids = hostUserIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Placement> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            Map<String, List<Placement.Post>> posts = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (MemberStore.HeldPost p : store.postsOfHostUsers(ids.subList(from, Math.min(ids.size(), from + MAX_IDS)))) {
                names.put(p.hostUserId(), p.name());
                posts.computeIfAbsent(p.hostUserId(), k -> new ArrayList<>())
                        .add(new Placement.Post(p.role(), p.gridCode(), p.communityCode(), p.streetCode()));
            }
            posts.forEach((who, list) -> out.put(who, new Placement(who, names.get(who), list)));
        }
        return out;
    }
}
