package org.smartjustice.rosters.internal.grids;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.rosters.internal.RostersData;

/** The district's grid cells: stored as the host gives them, by their code, idempotently. */
@Component(service = GridService.class)
public class GridService {

    /** Codes per IN list: well below the bind parameter limits of the databases. */
    static final int IN_BATCH = 1000;

    @Reference
    private RostersData data;

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

    public Optional<GridCellEntity> find(String code) {
        return data.read(em -> byCodes(em, List.of(code)).stream().findFirst());
    }

    /** The cells of these codes that exist, by code. */
    public Map<String, GridCellEntity> existing(Collection<String> codes) {
        return data.read(em -> {
            Map<String, GridCellEntity> found = new HashMap<>();
            byCodes(em, codes).forEach(g -> found.put(g.code, g));
            return found;
        });
    }

    public static List<GridCellEntity> byCodes(EntityManager em, Collection<String> codes) {
        List<String> all = List.copyOf(codes);
        List<GridCellEntity> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            found.addAll(em.createQuery("select g from GridCellEntity g where g.code in :codes", GridCellEntity.class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + IN_BATCH))).getResultList());
        }
        return found;
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
        return data.write(em -> {
            GridCellEntity g = byCodes(em, List.of(code)).stream().findFirst().orElse(null);
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
        return data.write(em -> {
            Map<String, GridCellEntity> existing = new HashMap<>();
            byCodes(em, batch.stream().map(GridRules.Checked::code).toList()).forEach(g -> existing.put(g.code, g));
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
        data.write(em -> {
            GridCellEntity g = byCodes(em, List.of(code)).stream().findFirst()
                    .orElseThrow(() -> ProblemException.notFound("网格", code));
            if (expectedVersion != null) {
                g.requireVersion(expectedVersion);
            }
            long posted = em.createQuery("select count(p) from MemberPostEntity p where p.gridCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            long tasks = em.createQuery("select count(t) from TaskEntity t where t.gridCode = :code and t.state in :open",
                    Long.class).setParameter("code", code)
                    .setParameter("open", org.smartjustice.rosters.internal.tasks.TaskState.OPEN).getSingleResult();
            if (posted > 0 || tasks > 0) {
                throw new ProblemException(409, "grid-in-use", "网格仍在使用",
                        "网格 " + code + " 中还有 " + posted + " 个成员岗位、" + tasks + " 个未办结的任务：先调整成员的网格");
            }
            em.remove(g);
            return null;
        });
    }

    /** A cell that moves to another community takes its members' posts along (dispatch, coverage, contacts read them). */
    private static void moved(EntityManager em, GridCellEntity g, GridRules.Checked c) {
        if (!g.communityCode.equals(c.community().code())) {
            em.createQuery("update MemberPostEntity p set p.communityCode = :community, p.streetCode = :street"
                            + " where p.gridCode = :code").setParameter("community", c.community().code())
                    .setParameter("street", c.community().parentCode()).setParameter("code", g.code).executeUpdate();
            // The public contacts of both communities change: their answers are keyed by the members' revision.
            em.createQuery("update MemberEntity m set m.updatedAt = :now where m.gridCodes like :cell")
                    .setParameter("now", UtcTimes.now()).setParameter("cell", "%" + g.code + "%").executeUpdate();
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
