package org.smartjustice.rosters.internal.members;

import java.time.LocalDate;
import java.util.List;

import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;

/**
 * A member as a manager or the host writes it.
 *
 * @param grids       grid codes; the first is the primary one unless {@code primaryGrid} names another
 * @param duties      empty: the usual duties of the roles ({@link MemberRules#defaultDuties})
 * @param listed      consents to be listed in the public contacts (name, role, unit, work phone)
 */
public record MemberInput(String name, List<RosterRole> roles, List<Duty> duties, List<String> grids,
                          String primaryGrid, String unitName, String unitVenueId, String mobile, String workPhone,
                          String hostUserId, MemberStatus status, LocalDate statusSince, String certificateNo,
                          Boolean listed, Long version) {
}
