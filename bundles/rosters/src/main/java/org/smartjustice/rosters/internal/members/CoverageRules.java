package org.smartjustice.rosters.internal.members;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridTree;
import org.smartjustice.platform.api.Label;

/**
 * Where the district's organisation falls short of the staffing rules, counting members on duty:
 * a mediator and a legal adviser in every grid cell (Changzhou's rule), a legal adviser in every
 * community and village (一村(社区)一法律顾问), at least three 法律明白人 in every village, a 司法所负责人
 * in every street, and grid cells in every community.
 */
public final class CoverageRules {

    public enum Level { STREET, COMMUNITY, GRID }

    /** One staffing rule. */
    @Schema(name = "CoverageRule")
    public record Rule(String id, String title, Level level, RosterRole role, int minimum) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule("grid-mediator", "每个网格至少 1 名调解员", Level.GRID, RosterRole.MEDIATOR, 1),
            new Rule("grid-adviser", "每个网格至少 1 名村(居)法律顾问", Level.GRID, RosterRole.COMMUNITY_LEGAL_ADVISER, 1),
            new Rule("community-adviser", "一村(社区)一法律顾问", Level.COMMUNITY, RosterRole.COMMUNITY_LEGAL_ADVISER, 1),
            new Rule("village-legal-aware", "每个行政村至少 3 名法律明白人", Level.COMMUNITY, RosterRole.LEGAL_AWARE_RESIDENT, 3),
            new Rule("street-office-head", "每个街道（乡镇）1 名司法所负责人", Level.STREET, RosterRole.JUSTICE_OFFICE_HEAD, 1),
            new Rule("community-grids", "每个社区（村）划有网格", Level.COMMUNITY, null, 1));

    /** A place that breaks a rule. */
    @Schema(name = "CoverageGap")
    public record Gap(String rule, String ruleTitle, Level level, String code, String name, String streetCode,
                      String streetName, String communityCode, String communityName, Label role, int required,
                      int present) {
    }

    public record StreetCounts(String code, String name, int communities, int grids, Map<String, Integer> gapsByRule) {
    }

    @Schema(name = "CoverageReport")
    public record Report(String tenant, List<Rule> rules, int streets, int communities, int villages, int grids,
                         Map<String, Integer> gapsByRule, List<StreetCounts> byStreet, List<Gap> gaps) {
    }

    /** The on-duty posts: member, role and place. */
    @Schema(name = "CoveragePost")
    public record Post(String memberId, RosterRole role, String gridCode, String communityCode, String streetCode) {
    }

    private CoverageRules() {
    }

    public static Report of(String tenant, Divisions divisions, List<GridCellEntity> cells, List<Post> posts,
                            String streetFilter) {
        Map<String, Map<RosterRole, Set<String>>> byGrid = new HashMap<>();
        Map<String, Map<RosterRole, Set<String>>> byCommunity = new HashMap<>();
        Map<String, Map<RosterRole, Set<String>>> byStreet = new HashMap<>();
        for (Post p : posts) {
            if (p.gridCode() != null) {
                add(byGrid, p.gridCode(), p);
                add(byCommunity, p.communityCode(), p);
                add(byStreet, p.streetCode(), p);
            }
        }
        Map<String, List<GridCellEntity>> cellsOf = new HashMap<>();
        cells.forEach(g -> cellsOf.computeIfAbsent(g.communityCode, c -> new ArrayList<>()).add(g));

        List<Gap> gaps = new ArrayList<>();
        List<StreetCounts> counts = new ArrayList<>();
        Map<String, Integer> total = zero();
        int communities = 0;
        int villages = 0;
        int grids = 0;
        List<Division> streets = org.smartjustice.platform.api.Tenant.CITY.equals(tenant) ? List.of()
                : divisions.within(divisions.areaOf(tenant).code(), DivisionLevel.STREET);
        int streetCount = 0;
        for (Division street : streets) {
            if (streetFilter != null && !streetFilter.equals(street.code())) {
                continue;
            }
            streetCount++;
            Map<String, Integer> here = zero();
            int streetGrids = 0;
            List<Division> its = divisions.children(street.code());
            check(gaps, here, RULES.get(4), street, street, null, null, byStreet);
            for (Division c : its) {
                List<GridCellEntity> cs = cellsOf.getOrDefault(c.code(), List.of());
                streetGrids += cs.size();
                if (cs.isEmpty()) {
                    gaps.add(gap(RULES.get(5), c.code(), c.name(), street, c, 0));
                    here.merge(RULES.get(5).id(), 1, Integer::sum);
                }
                check(gaps, here, RULES.get(2), c, street, c, null, byCommunity);
                if (GridTree.isVillage(c)) {
                    villages++;
                    check(gaps, here, RULES.get(3), c, street, c, null, byCommunity);
                }
                for (GridCellEntity g : cs) {
                    check(gaps, here, RULES.get(0), null, street, c, g, byGrid);
                    check(gaps, here, RULES.get(1), null, street, c, g, byGrid);
                }
            }
            communities += its.size();
            grids += streetGrids;
            here.forEach((k, v) -> total.merge(k, v, Integer::sum));
            counts.add(new StreetCounts(street.code(), street.name(), its.size(), streetGrids, here));
        }
        return new Report(tenant, RULES, streetCount, communities, villages, grids, total, counts, gaps);
    }

    private static void check(List<Gap> gaps, Map<String, Integer> here, Rule rule, Division place, Division street,
                              Division community, GridCellEntity grid, Map<String, Map<RosterRole, Set<String>>> index) {
        String key = grid != null ? grid.code : place.code();
        int present = index.getOrDefault(key, Map.of()).getOrDefault(rule.role(), Set.of()).size();
        if (present < rule.minimum()) {
            here.merge(rule.id(), 1, Integer::sum);
            gaps.add(grid != null
                    ? new Gap(rule.id(), rule.title(), Level.GRID, grid.code, grid.name, street.code(), street.name(),
                            community.code(), community.name(), Label.of(rule.role()), rule.minimum(), present)
                    : gap(rule, place.code(), place.name(), street, community, present));
        }
    }

    private static Gap gap(Rule rule, String code, String name, Division street, Division community, int present) {
        return new Gap(rule.id(), rule.title(), rule.level(), code, name, street.code(), street.name(),
                community == null ? null : community.code(), community == null ? null : community.name(),
                rule.role() == null ? null : Label.of(rule.role()), rule.minimum(), present);
    }

    private static void add(Map<String, Map<RosterRole, Set<String>>> index, String key, Post p) {
        index.computeIfAbsent(key, k -> new EnumMap<>(RosterRole.class)).computeIfAbsent(p.role(), r -> new HashSet<>())
                .add(p.memberId());
    }

    private static Map<String, Integer> zero() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        RULES.forEach(r -> m.put(r.id(), 0));
        return m;
    }

    /** The roles the rules ask for. */
    static Set<RosterRole> rolesAsked() {
        Set<RosterRole> roles = EnumSet.noneOf(RosterRole.class);
        RULES.stream().filter(r -> r.role() != null).forEach(r -> roles.add(r.role()));
        return roles;
    }
}
