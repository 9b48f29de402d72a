package org.smartjustice.rosters.internal.grids;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;

/**
 * The district's grid organisation: street → community/village → grid cell. Streets and
 * communities are the platform's divisions (all of them, so that communities without cells show);
 * cells are the host's.
 */
public record GridTree(String tenant, int streets, int communities, int grids, List<Street> items) {

    @Schema(name = "GridTreeStreet")
    public record Street(String code, String name, int grids, List<Community> communities) {
    }

    @Schema(name = "GridTreeCommunity")
    public record Community(String code, String name, boolean village, int grids, List<Cell> cells) {
    }

    @Schema(name = "GridTreeCell")
    public record Cell(String code, String name, Double lon, Double lat) {
    }

    /** 村委会 are villages (行政村); 社区居委会 are urban communities. */
    public static boolean isVillage(Division community) {
        return community.name().endsWith("村委会") || community.name().endsWith("村民委员会");
    }

    static GridTree of(String tenant, Divisions divisions, String streetFilter, List<GridCellEntity> cells) {
        Map<String, List<Cell>> byCommunity = new LinkedHashMap<>();
        for (GridCellEntity g : cells) {
            byCommunity.computeIfAbsent(g.communityCode, c -> new ArrayList<>()).add(new Cell(g.code, g.name, g.lon, g.lat));
        }
        List<Street> streets = new ArrayList<>();
        int communities = 0;
        int grids = 0;
        String area = divisions.areaOf(tenant).code();
        // The city's own tenant has no grid cells: its members work across the districts.
        List<Division> all = GridRules.CITY.equals(tenant) ? List.of() : divisions.within(area, DivisionLevel.STREET);
        for (Division street : all) {
            if (streetFilter != null && !streetFilter.equals(street.code())) {
                continue;
            }
            List<Community> nodes = new ArrayList<>();
            int streetGrids = 0;
            for (Division c : divisions.children(street.code())) {
                List<Cell> its = byCommunity.getOrDefault(c.code(), List.of());
                nodes.add(new Community(c.code(), c.name(), isVillage(c), its.size(), its));
                streetGrids += its.size();
            }
            streets.add(new Street(street.code(), street.name(), streetGrids, nodes));
            communities += nodes.size();
            grids += streetGrids;
        }
        return new GridTree(tenant, streets.size(), communities, grids, streets);
    }
}
