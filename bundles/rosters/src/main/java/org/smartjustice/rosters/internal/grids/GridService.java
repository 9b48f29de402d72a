package org.smartjustice.rosters.internal.grids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

/** The district's grid cells: stored as the host gives them, by their code, idempotently. */
@Component(service = GridService.class)
public class GridService {

    @Reference
    private GridStore store;

    /** Members' posts in a cell: a cell with any is not deleted, and they follow a cell that moves. */
    @Reference(target = "(" + GridUse.KIND + "=" + GridUse.POSTS + ")")
    private GridUse posts;

    /** Open tasks in a cell: a cell with any is not deleted. */
    @Reference(target = "(" + GridUse.KIND + "=" + GridUse.OPEN_TASKS + ")")
    private GridUse openTasks;

    @Reference
    private TenantContext context;

    @Reference
    private Divisions divisions;

    private GridRules rules;

    @Activate
    void activate() {
        rules = new GridRules(divisions);
    }

    public GridRules rules() {
        return rules;
    }

    public Divisions divisions() {
        return divisions;
    }

    /** Creates or changes one cell; a change must name the version it is based on. */
    public GridCellEntity put(String code, GridInput input, Long expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        GridRules.Checked checked = rules.check(context.requireTenant(), input, "", errors);
        if (checked != null && !checked.code().equals(code)) {
            errors.add(new FieldError("code", "与路径中的网格编码 " + code + " 不一致"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("网格信息有 " + errors.size() + " 处错误", errors);
        }
        return store.write(em -> {
            GridCellEntity g = store.byCode(em, code).orElse(null);
            if (g == null) {
                g = new GridCellEntity();
                g.createdAt = UtcTimes.now();
                apply(g, checked);
                em.persist(g);
            } else {
                if (expectedVersion == null) {
                    throw ProblemException.invalidField("version",
                            "网格 " + code + " 已存在：修改时必填（或使用 If-Match 请求头），为读取时的版本");
                }
                g.requireVersion(expectedVersion);
                if (!same(g, checked)) {
                    moved(em, g, checked);
                    apply(g, checked);
                }
            }
            em.flush();
            return g;
        });
    }

    /**
     * Stores checked cells in one transaction: a code that exists updates that cell (when anything
     * differs), so pushing or importing the same cells twice changes nothing.
     */
    public List<GridCellEntity> upsert(List<GridRules.Checked> batch) {
        return store.write(em -> {
            Map<String, GridCellEntity> existing = new HashMap<>();
            store.byCodes(em, batch.stream().map(GridRules.Checked::code).toList()).forEach(g -> existing.put(g.code, g));
            List<GridCellEntity> stored = new ArrayList<>();
            for (GridRules.Checked c : batch) {
                GridCellEntity g = existing.get(c.code());
                if (g == null) {
                    g = new GridCellEntity();
                    g.createdAt = UtcTimes.now();
                    apply(g, c);
                    em.persist(g);
                    existing.put(c.code(), g);
                } else if (!same(g, c)) {
                    moved(em, g, c);
                    apply(g, c);
                }
                stored.add(g);
            }
            em.flush();
            return stored;
        });
    }

    /** Removes a cell no member is posted in and no open task points at. */
    public void delete(String code, Long expectedVersion) {
        store.write(em -> {
            GridCellEntity g = store.byCode(em, code)
                    .orElseThrow(() -> ProblemException.notFound("网格", code));
            if (expectedVersion != null) {
                g.requireVersion(expectedVersion);
            }
            long posted = posts.count(em, code);
            long tasks = openTasks.count(em, code);
            if (posted > 0 || tasks > 0) {
                throw new ProblemException(409, "grid-in-use", "网格仍在使用",
                        "网格 " + code + " 中还有 " + posted + " 个成员岗位、" + tasks + " 个未办结的任务：先调整成员的网格");
            }
            em.remove(g);
            return null;
        });
    }

    /** A cell that moves to another community takes its members' posts along (dispatch, coverage, contacts read them). */
    private void moved(EntityManager em, GridCellEntity g, GridRules.Checked c) {
        if (!g.communityCode.equals(c.community().code())) {
            posts.moved(em, g.code, c.community());
        }
    }

    private static boolean same(GridCellEntity g, GridRules.Checked c) {
        return g.name.equals(c.name()) && g.communityCode.equals(c.community().code())
                && Objects.equals(g.lon, c.wgs84() == null ? null : c.wgs84().lon())
                && Objects.equals(g.lat, c.wgs84() == null ? null : c.wgs84().lat());
    }

    private static void apply(GridCellEntity g, GridRules.Checked c) {
        g.code = c.code();
        g.name = c.name();
        g.communityCode = c.community().code();
        g.streetCode = c.community().parentCode();
        g.lon = c.wgs84() == null ? null : c.wgs84().lon();
        g.lat = c.wgs84() == null ? null : c.wgs84().lat();
        g.updatedAt = UtcTimes.now();
    }
}
