package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;

/**
 * The organisation as the host platform is shown it: grid cell → role → members on duty.
 *
 * @param unplaced members without grid cells (the city's, the bureau's)
 */
@Schema(name = "Organisation")
public record OrganisationView(String tenant, boolean mobilesMasked, List<Grid> grids, List<RoleGroup> unplaced) {

    @Schema(name = "OrgMember")
    public record Person(String id, String name, boolean primaryGrid, String unit, String mobile, String workPhone,
                         String hostUserId) {
    }

    @Schema(name = "OrgRoleGroup")
    public record RoleGroup(Label role, List<Person> members) {
    }

    @Schema(name = "OrgGrid")
    public record Grid(String code, String name, String communityCode, String communityName, String streetCode,
                       String streetName, List<RoleGroup> roles) {
    }

    /**
     * @param members the members on duty, by id
     * @param posts   their posts, by grid cell, role and member
     * @param cells   the tenant's grid cells, by code
     */
    static OrganisationView of(String tenant, boolean unmask, Map<String, MemberEntity> members,
                               List<MemberPostEntity> posts, List<GridCellEntity> cells, Divisions divisions) {
        Map<String, Map<RosterRole, List<Person>>> byGrid = new LinkedHashMap<>();
        Map<RosterRole, List<Person>> unplaced = new EnumMap<>(RosterRole.class);
        for (MemberPostEntity p : posts) {
            MemberEntity m = members.get(p.memberId);
            if (m == null) {
                continue;
            }
            Person person = new Person(m.id(), m.name, p.primaryGrid, m.unitName,
                    unmask ? m.mobile : PhoneNumbers.mask(m.mobile), m.workPhone, m.hostUserId);
            (p.gridCode == null ? unplaced : byGrid.computeIfAbsent(p.gridCode, g -> new EnumMap<>(RosterRole.class)))
                    .computeIfAbsent(p.role, r -> new ArrayList<>()).add(person);
        }
        List<Grid> grids = new ArrayList<>();
        for (GridCellEntity g : cells) {
            grids.add(new Grid(g.code, g.name, g.communityCode, name(divisions, g.communityCode), g.streetCode,
                    name(divisions, g.streetCode), groups(byGrid.getOrDefault(g.code, Map.of()))));
        }
        return new OrganisationView(tenant, !unmask, grids, groups(unplaced));
    }

    private static List<RoleGroup> groups(Map<RosterRole, List<Person>> byRole) {
        List<RoleGroup> groups = new ArrayList<>();
        byRole.forEach((role, people) -> groups.add(new RoleGroup(Label.of(role), people)));
        return groups;
    }

    private static String name(Divisions divisions, String code) {
        return divisions.find(code).map(Division::name).orElse(null);
    }
}
