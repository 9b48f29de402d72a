package org.smartjustice.rosters.internal.members;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridStore;
import org.smartjustice.venues.api.VenueDirectory;
import org.smartjustice.venues.api.VenueSummary;

/** The district's members: written with their posts (role × grid cell) in one transaction. */
@Component(service = MemberService.class)
public class MemberService {

    @Reference
    private MemberStore store;

    @Reference
    private TenantContext context;

    @Reference
    private GridStore grids;

    /** A member's unit may be a venue; without the venues module the unit is its name alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VenueDirectory venues;

    public Optional<MemberEntity> find(String id) {
        return store.find(id);
    }

    /** The member whose host user id is the caller's {@code sub}. */
    public Optional<MemberEntity> ofCaller() {
        String sub = context.principal().subject();
        return callers.get(context.requireTenant() + "|" + sub, key -> store.byHostUser(sub));
    }

    /**
     * Who each caller is, for a second: every request of a member's phone asks. Writes here forget
     * it at once; a change made on another node shows within the second.
     */
    private final Cache<String, Optional<MemberEntity>> callers = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(1)).maximumSize(10_000).build();

    private <R> R written(R result) {
        callers.invalidateAll();
        return result;
    }

    /** Checks a member against the tenant's grid cells and venues. */
    public MemberRules.Checked check(MemberInput input, Map<String, GridCellEntity> known, String prefix,
                                     List<FieldError> errors) {
        MemberRules.Checked checked = MemberRules.check(context.requireTenant(), input, known, prefix, errors);
        if (checked != null && input.unitVenueId() != null && !input.unitVenueId().isBlank()) {
            VenueDirectory directory = venues;
            if (directory != null && directory.get(input.unitVenueId().strip()).isEmpty()) {
                errors.add(new FieldError(prefix + "unitVenueId", "本区县没有编号为 " + ProblemException.shownId(input.unitVenueId()) + " 的阵地"));
                return null;
            }
        }
        return checked;
    }

    public MemberRules.Checked checkOrThrow(MemberInput input) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, GridCellEntity> known = grids.existing(input.grids() == null ? List.of()
                : input.grids().stream().filter(Objects::nonNull).map(String::strip).toList());
        MemberRules.Checked checked = check(input, known, "", errors);
        if (checked == null) {
            throw ProblemException.badRequest("成员信息有 " + errors.size() + " 处错误", errors);
        }
        return checked;
    }

    public MemberEntity create(MemberInput input) {
        MemberRules.Checked checked = checkOrThrow(input);
        return written(store.write(em -> {
            refuseDuplicate(em, checked, null);
            MemberEntity m = new MemberEntity();
            m.createdAt = UtcTimes.now();
            apply(m, checked);
            em.persist(m);
            writePosts(em, List.of(m), List.of(checked), false);
            return m;
        }));
    }

    public MemberEntity update(String id, MemberInput input, long expectedVersion) {
        MemberRules.Checked checked = checkOrThrow(input);
        return written(store.write(em -> {
            MemberEntity m = em.find(MemberEntity.class, id);
            if (m == null) {
                throw ProblemException.notFound("成员", id);
            }
            m.requireVersion(expectedVersion);
            refuseDuplicate(em, checked, id);
            apply(m, checked);
            writePosts(em, List.of(m), List.of(checked), true);
            return m;
        }));
    }

    /** Leaving the roster keeps the member's history: the member goes off duty and out of the contacts. */
    public MemberEntity retire(String id, Long expectedVersion) {
        return written(store.write(em -> {
            MemberEntity m = em.find(MemberEntity.class, id);
            if (m == null) {
                throw ProblemException.notFound("成员", id);
            }
            if (expectedVersion != null) {
                m.requireVersion(expectedVersion);
            }
            if (m.status != MemberStatus.OFF_DUTY) {
                m.status = MemberStatus.OFF_DUTY;
                m.statusSince = LocalDate.now(UtcTimes.DISPLAY_ZONE);
            }
            m.listed = false;
            m.listedSince = null;
            m.updatedAt = UtcTimes.now();
            store.postsOffDuty(em, id);
            em.flush();
            return m;
        }));
    }

    /**
     * Stores checked members in one transaction: a natural key that exists updates that member, so
     * importing the same sheet twice changes nothing.
     */
    public List<MemberEntity> upsert(List<MemberRules.Checked> batch) {
        return written(store.write(em -> {
            Map<String, MemberEntity> existing = store.byNaturalKeys(em,
                    batch.stream().map(MemberRules.Checked::naturalKey).toList());
            List<MemberEntity> stored = new ArrayList<>();
            List<MemberEntity> created = new ArrayList<>();
            List<MemberRules.Checked> creations = new ArrayList<>();
            List<MemberEntity> changed = new ArrayList<>();
            List<MemberRules.Checked> changes = new ArrayList<>();
            for (MemberRules.Checked c : batch) {
                MemberEntity m = existing.get(c.naturalKey());
                if (m == null) {
                    m = new MemberEntity();
                    m.createdAt = UtcTimes.now();
                    apply(m, c);
                    em.persist(m);
                    existing.put(c.naturalKey(), m);
                    created.add(m);
                    creations.add(c);
                } else if (!same(m, c)) {
                    apply(m, c);
                    changed.add(m);
                    changes.add(c);
                }
                stored.add(m);
            }
            writePosts(em, changed, changes, true);
            writePosts(em, created, creations, false);
            return stored;
        }));
    }

    /**
     * The same person twice: the same host user, the same mobile, or the same name in the same
     * primary cell (for people known by neither).
     */
    private void refuseDuplicate(EntityManager em, MemberRules.Checked c, String self) {
        for (MemberEntity other : store.sameAs(em, c)) {
            if (!other.id().equals(self)) {
                throw new ProblemException(409, "member-exists", "成员已存在",
                        "已有成员 " + other.name + "（" + other.id() + "）使用相同的宿主用户、手机号码或同一主网格内的姓名");
            }
        }
    }

    /**
     * Writes the posts of these members: one per role and grid cell (or per role, without cells),
     * replacing the ones they had ({@code replace}; new members have none, and imports skip the
     * delete for them).
     */
    private void writePosts(EntityManager em, List<MemberEntity> members, List<MemberRules.Checked> checked,
                                   boolean replace) {
        if (members.isEmpty()) {
            return;
        }
        List<String> ids = members.stream().map(MemberEntity::id).toList();
        if (replace) {
            store.deletePosts(em, ids);
        }
        for (int i = 0; i < members.size(); i++) {
            MemberEntity m = members.get(i);
            MemberRules.Checked c = checked.get(i);
            for (RosterRole role : c.roles()) {
                if (c.grids().isEmpty()) {
                    em.persist(post(m, role, null, false));
                }
                for (int g = 0; g < c.grids().size(); g++) {
                    em.persist(post(m, role, c.grids().get(g), g == 0));
                }
            }
        }
        em.flush();
    }

    private static MemberPostEntity post(MemberEntity m, RosterRole role, GridCellEntity grid, boolean primary) {
        MemberPostEntity p = new MemberPostEntity();
        p.memberId = m.id();
        p.role = role;
        p.gridCode = grid == null ? null : grid.code;
        p.communityCode = grid == null ? null : grid.communityCode;
        p.streetCode = grid == null ? null : grid.streetCode;
        p.primaryGrid = primary;
        p.onDuty = m.status == MemberStatus.ON_DUTY;
        p.listed = m.listed && p.onDuty;
        return p;
    }

    private static boolean same(MemberEntity m, MemberRules.Checked c) {
        MemberEntity probe = new MemberEntity();
        probe.status = m.status;
        probe.statusSince = m.statusSince;
        probe.listed = m.listed;
        probe.listedSince = m.listedSince;
        probe.mobile = m.mobile;
        apply(probe, c);
        return Objects.equals(m.name, probe.name) && Objects.equals(m.roles, probe.roles)
                && Objects.equals(m.duties, probe.duties) && Objects.equals(m.gridCodes, probe.gridCodes)
                && Objects.equals(m.unitName, probe.unitName) && Objects.equals(m.unitVenueId, probe.unitVenueId)
                && Objects.equals(m.mobile, probe.mobile) && Objects.equals(m.workPhone, probe.workPhone)
                && Objects.equals(m.hostUserId, probe.hostUserId) && m.status == probe.status
                && Objects.equals(m.statusSince, probe.statusSince) && Objects.equals(m.certificateNo, probe.certificateNo)
                && m.listed == probe.listed;
    }

    private static void apply(MemberEntity m, MemberRules.Checked c) {
        MemberInput in = c.input();
        m.naturalKey = c.naturalKey();
        m.name = in.name().strip();
        m.roles = c.roles().stream().map(Enum::name).collect(Collectors.joining(","));
        m.duties = c.duties().stream().map(Enum::name).collect(Collectors.joining(","));
        m.gridCodes = c.grids().stream().map(g -> g.code).collect(Collectors.joining(","));
        m.unitName = Validation.blankToNull(in.unitName());
        m.unitVenueId = Validation.blankToNull(in.unitVenueId());
        if (!c.keepMobile()) {
            m.mobile = c.mobile();
        }
        m.workPhone = Validation.blankToNull(in.workPhone());
        m.hostUserId = Validation.blankToNull(in.hostUserId());
        MemberStatus status = in.status() == null ? MemberStatus.ON_DUTY : in.status();
        if (status != m.status || in.statusSince() != null) {
            m.statusSince = in.statusSince() != null ? in.statusSince() : LocalDate.now(UtcTimes.DISPLAY_ZONE);
        }
        m.status = status;
        m.certificateNo = Validation.blankToNull(in.certificateNo());
        boolean listed = Boolean.TRUE.equals(in.listed());
        if (listed && !m.listed) {
            m.listedSince = UtcTimes.now();
        } else if (!listed) {
            m.listedSince = null;
        }
        m.listed = listed;
        m.updatedAt = UtcTimes.now();
    }


    public static List<RosterRole> roles(MemberEntity m) {
        return split(m.roles).stream().map(RosterRole::valueOf).toList();
    }

    public static List<Duty> duties(MemberEntity m) {
        return split(m.duties).stream().map(Duty::valueOf).toList();
    }

    public static List<String> gridCodes(MemberEntity m) {
        return split(m.gridCodes);
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    /** The names of venues, where the venues module is installed and knows them. */
    public Map<String, String> venueNames(Set<String> ids) {
        VenueDirectory directory = venues;
        Map<String, String> names = new HashMap<>();
        if (directory != null) {
            for (String id : ids) {
                directory.get(id).map(VenueSummary::name).ifPresent(n -> names.put(id, n));
            }
        }
        return names;
    }
}
