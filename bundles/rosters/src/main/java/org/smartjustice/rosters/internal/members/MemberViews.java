package org.smartjustice.rosters.internal.members;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.smartjustice.academy.api.LearningHours;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridStore;

/**
 * Members as views: with the names of their cells and units, and the training hours of 法律明白人
 * from the academy when it is installed, looked up once per page.
 */
@Component(service = MemberViews.class)
public class MemberViews {

    @Reference
    private GridStore grids;

    @Reference
    private MemberService members;

    /** The academy's records; without the academy, no hours are shown (not zero: unknown). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile LearningHours learning;

    public List<MemberView> of(List<MemberEntity> found, boolean unmasked) {
        Set<String> codes = new HashSet<>();
        Set<String> venues = new HashSet<>();
        for (MemberEntity m : found) {
            codes.addAll(MemberService.gridCodes(m));
            if (m.unitVenueId != null && m.unitName == null) {
                venues.add(m.unitVenueId);
            }
        }
        Map<String, String> gridNames = grids.existing(codes).values().stream()
                .collect(Collectors.toMap(g -> g.code, (GridCellEntity g) -> g.name));
        Map<String, String> venueNames = venues.isEmpty() ? Map.of() : members.venueNames(venues);
        Map<String, Double> hours = hours(found);
        return found.stream().map(m -> MemberView.of(m, unmasked, gridNames, venueNames,
                hours == null || !learns(m) ? null : hours.getOrDefault(m.hostUserId, 0.0))).toList();
    }

    /** The hours of the page's 法律明白人, or null without the academy. */
    private Map<String, Double> hours(List<MemberEntity> found) {
        LearningHours academy = learning;
        if (academy == null) {
            return null;
        }
        List<String> users = found.stream().filter(MemberViews::learns).map(m -> m.hostUserId).toList();
        return users.isEmpty() ? Map.of() : academy.hoursOf(users);
    }

    private static boolean learns(MemberEntity m) {
        return m.hostUserId != null && MemberService.roles(m).contains(RosterRole.LEGAL_AWARE_RESIDENT);
    }
}
