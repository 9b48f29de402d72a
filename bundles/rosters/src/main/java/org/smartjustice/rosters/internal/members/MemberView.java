package org.smartjustice.rosters.internal.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.Titled;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * A member as the API shows it. The mobile is masked ({@code 138****1234}) unless a manager of the
 * district asked for it ({@code unmask=true}, audited); {@code mobileMasked} says which.
 * {@code trainingHours} (from the academy) is absent when the academy is not installed.
 */
public record MemberView(String id, String name, List<Label> roles, List<Label> duties, List<GridRef> grids,
                         String primaryGrid, Unit unit, String mobile, boolean mobileMasked, String workPhone,
                         String hostUserId, Label status, LocalDate statusSince, String certificateNo,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Double trainingHours, boolean listed,
                         OffsetDateTime listedSince, long version, OffsetDateTime updatedAt) {

    public record GridRef(String code, String name) {
    }

    public record Unit(String name, String venueId) {
    }

    /**
     * @param gridNames  names of the member's cells, by code
     * @param venueNames names of venues, by id (empty without the venues module)
     */
    public static MemberView of(MemberEntity m, boolean unmasked, Map<String, String> gridNames,
                                Map<String, String> venueNames, Double trainingHours) {
        List<String> codes = MemberService.gridCodes(m);
        String unitName = m.unitName != null ? m.unitName : m.unitVenueId == null ? null : venueNames.get(m.unitVenueId);
        return new MemberView(m.id(), m.name, MemberService.roles(m).stream().map(Label::of).toList(),
                MemberService.duties(m).stream().map(Label::of).toList(),
                codes.stream().map(c -> new GridRef(c, gridNames.get(c))).toList(), codes.isEmpty() ? null : codes.get(0),
                unitName == null && m.unitVenueId == null ? null : new Unit(unitName, m.unitVenueId),
                unmasked ? m.mobile : PhoneNumbers.mask(m.mobile), !unmasked && m.mobile != null, m.workPhone,
                m.hostUserId, Label.of(m.status), m.statusSince, m.certificateNo, trainingHours, m.listed,
                UtcTimes.toOffset(m.listedSince), m.version(), UtcTimes.toOffset(m.updatedAt));
    }
}
