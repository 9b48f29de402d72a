package org.smartjustice.rosters.internal.members;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridService;

/** Members as views: with the names of their cells and units looked up once per page. */
@Component(service = MemberViews.class)
public class MemberViews {

    @Reference
    private GridService grids;

    @Reference
    private MemberService members;

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
        return found.stream().map(m -> MemberView.of(m, unmasked, gridNames, venueNames, null)).toList();
    }
}
