package org.smartjustice.supervision.internal.screening;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;
import java.util.logging.Logger;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.schedules.Schedule;
import org.smartjustice.platform.api.schedules.Schedules;
import org.smartjustice.supervision.internal.Access;
import org.smartjustice.supervision.internal.departments.DepartmentKind;
import org.smartjustice.supervision.internal.departments.DepartmentStore;
import org.smartjustice.supervision.internal.events.EventStore;
import org.smartjustice.supervision.internal.events.EventView;

/**
 * Screening (甄别) after the host had its answer: every stored event version is due until screened, and
 * a scheduled run takes the due versions of each tenant from the database in batches, meets each event
 * with the active rules and stores the outcome together with the versions' marks, so that a version is
 * screened exactly once even across a crash or two nodes (the loser of a race rolls back on the marks'
 * row versions). Also the supervisors' decisions and the dry run of a draft rule.
 */
@Component(service = ScreeningService.class)
public class ScreeningService {

    private static final Logger LOG = Logger.getLogger(ScreeningService.class.getName());
    static final String SCHEDULE = "screening";
    /** Versions one transaction screens. */
    static final int BATCH = 200;
    /** How long one tenant's share of a run goes on before the next run continues it. */
    static final Duration RUN_BUDGET = Duration.ofSeconds(20);
    /** The days a dry run looks back. */
    static final int DRY_RUN_DAYS = 30;
    static final int DRY_RUN_EXAMPLES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Reference
    private ScreeningStore store;

    @Reference
    private ScreeningRuleStore rules;

    @Reference
    private EventStore events;

    @Reference
    private ChineseWords words;

    @Reference
    private TenantContext context;

    @Reference
    private Schedules schedules;

    private Schedule schedule;

    @Activate
    void activate() {
        schedule = schedules.schedule(SCHEDULE, Duration.ofSeconds(1), tenant -> screenDue());
    }

    @Deactivate
    void deactivate() {
        schedule.close();
    }

    /** Screens the tenant's due versions until none is left or the run's budget is spent; how many were screened. */
    int screenDue() {
        long end = System.nanoTime() + RUN_BUDGET.toNanos();
        List<ScreeningRules.Rule> active = activeRules();
        int screened = 0;
        int n;
        do {
            n = store.write(em -> screenBatch(em, active));
            screened += n;
        } while (n == BATCH && System.nanoTime() < end);
        if (screened > 0) {
            int total = screened;
            LOG.fine(() -> "screened " + context.requireTenant() + ": " + total + " event versions");
        }
        return screened;
    }

    /** The rules that screen in this tenant: its own active ones and the city's active defaults it kept. */
    List<ScreeningRules.Rule> activeRules() {
        List<ScreeningRules.Rule> active = new ArrayList<>();
        for (ScreeningRuleEntity r : rules.own()) {
            if (r.status == RuleStatus.ACTIVE) {
                active.add(ScreeningRules.prepare(r.id(), r.name, false, r.conditions(), words));
            }
        }
        if (!Access.CITY.equals(context.requireTenant())) {
            Set<String> off = rules.optedOut();
            for (ScreeningRuleEntity r : rules.cityDefaults()) {
                if (r.status == RuleStatus.ACTIVE && !off.contains(r.id())) {
                    active.add(ScreeningRules.prepare(r.id(), r.name, true, r.conditions(), words));
                }
            }
        }
        return active;
    }

    private int screenBatch(EntityManager em, List<ScreeningRules.Rule> active) {
        List<EventStore.Due> due = EventStore.due(em, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> refs = new HashSet<>();
        due.forEach(d -> refs.add(d.eventRef()));
        Map<String, EventView> current = EventStore.views(em, refs);
        Map<String, ScreeningEntity> screenings = ScreeningStore.byEvents(em, refs);
        Map<String, DepartmentKind> kinds = kindsOf(em, current.values());
        LocalDateTime now = UtcTimes.now();
        for (EventView e : current.values()) {
            List<ScreeningRules.Reason> reasons = reasons(em, e, active, kinds);
            record(em, e, reasons, screenings.get(e.id()), now);
        }
        due.forEach(d -> d.screened(now));
        em.flush();
        return due.size();
    }

    /** Why the rules take the event (none: no rule does). */
    List<ScreeningRules.Reason> reasons(EntityManager em, EventView e, List<ScreeningRules.Rule> active, Map<String, DepartmentKind> kinds) {
        if (active.isEmpty()) {
            return List.of();
        }
        ScreeningRules.Facts facts = facts(em, e, kinds);
        List<ScreeningRules.Reason> reasons = new ArrayList<>();
        for (ScreeningRules.Rule r : active) {
            ScreeningRules.match(r, facts).ifPresent(reasons::add);
        }
        return reasons;
    }

    private ScreeningRules.Facts facts(EntityManager em, EventView e, Map<String, DepartmentKind> kinds) {
        String org = e.department() == null ? null : e.department().org();
        String community = e.place() == null ? null : e.place().community();
        String street = e.place() == null ? null : e.place().street();
        String place = community != null ? community : street;
        LocalDateTime at = UtcTimes.toUtc(e.reportedAt());
        Map<Integer, Long> counted = new LinkedHashMap<>();
        IntToLongFunction repeats = org == null || place == null ? null
                : days -> counted.computeIfAbsent(days, d -> EventStore.repeats(em, org, e.category().code(), community, street,
                at.minusDays(d), at));
        String text = e.title() + "\n" + (e.description() == null ? "" : e.description());
        return new ScreeningRules.Facts(e.category().code(), e.category().name(),
                e.department() == null ? null : e.department().name(), org == null ? null : kinds.get(org),
                words.of(text), e.overdue(), e.returns(), e.satisfaction(), place, repeats);
    }

    private static Map<String, DepartmentKind> kindsOf(EntityManager em, Collection<EventView> events) {
        Set<String> orgs = new HashSet<>();
        events.forEach(e -> {
            if (e.department() != null && e.department().org() != null) {
                orgs.add(e.department().org());
            }
        });
        return DepartmentStore.kindsByOrg(em, orgs);
    }

    /**
     * Stores what screening found for the event's version: a first match joins the queue; a new version's
     * reasons replace the old ones, and a dismissed event that meets a rule it did not meet before comes
     * back to the queue; an event still waiting that no rule takes any more leaves the queue; a decided
     * one stays as decided.
     */
    private static void record(EntityManager em, EventView e, List<ScreeningRules.Reason> reasons, ScreeningEntity s, LocalDateTime now) {
        if (reasons.isEmpty()) {
            if (s != null && s.status == ScreeningStatus.PENDING) {
                em.remove(s);
            }
            return;
        }
        String ruleIds = String.join(",", reasons.stream().map(ScreeningRules.Reason::ruleId).toList());
        if (s == null) {
            s = new ScreeningEntity();
            s.eventRef = e.id();
            s.status = ScreeningStatus.PENDING;
            s.firstScreenedAt = now;
            em.persist(s);
        } else if (s.status == ScreeningStatus.DISMISSED && !new HashSet<>(Arrays.asList(s.ruleIds.split(",")))
                .containsAll(Arrays.asList(ruleIds.split(",")))) {
            s.status = ScreeningStatus.PENDING;
            s.decisionNote = "曾排除（" + s.decidedByName + "：" + s.decisionNote + "）；新版本符合新的规则";
        }
        s.eventVersion = e.eventVersion();
        s.reasons = toJson(reasons);
        s.ruleIds = ruleIds.length() > 2000 ? ruleIds.substring(0, 2000) : ruleIds;
        s.screenedAt = now;
    }

    /** 归集 or 排除: a supervisor's decision on a screened event. */
    ScreeningEntity decide(String id, ScreeningStatus to, String note, long expectedVersion) {
        Principal caller = context.principal();
        return store.write(em -> {
            ScreeningEntity s = em.find(ScreeningEntity.class, id);
            if (s == null) {
                throw ProblemException.notFound("甄别记录", id);
            }
            s.requireVersion(expectedVersion);
            if (s.status == to) {
                throw new ProblemException(409, "already-decided", "已是" + to.title(), "该事件已是“" + to.title() + "”");
            }
            s.status = to;
            s.decidedBy = caller.subject();
            s.decidedByName = caller.name();
            s.decidedAt = UtcTimes.now();
            s.decisionNote = note;
            em.flush();
            return s;
        });
    }

    /** What a draft rule would take of the last {@value #DRY_RUN_DAYS} days' events, with examples. */
    DryRun dryRun(String name, ScreeningRuleRules.Conditions conditions) {
        ScreeningRules.Rule rule = ScreeningRules.prepare(null, name, false, conditions, words);
        LocalDateTime to = UtcTimes.now();
        LocalDateTime from = to.minusDays(DRY_RUN_DAYS);
        return store.read(em -> {
            long examined = 0;
            long matched = 0;
            List<DryRun.Example> examples = new ArrayList<>();
            int page = 1000;
            for (int offset = 0; ; offset += page) {
                List<EventView> batch = EventStore.reportedBetween(em, from, to, offset, page);
                Map<String, DepartmentKind> kinds = kindsOf(em, batch);
                for (EventView e : batch) {
                    examined++;
                    List<ScreeningRules.Reason> found = reasons(em, e, List.of(rule), kinds);
                    if (!found.isEmpty()) {
                        matched++;
                        if (examples.size() < DRY_RUN_EXAMPLES) {
                            examples.add(new DryRun.Example(e, found.get(0).findings()));
                        }
                    }
                }
                em.clear();
                if (batch.size() < page) {
                    break;
                }
            }
            return new DryRun(DRY_RUN_DAYS, UtcTimes.toOffset(from), UtcTimes.toOffset(to), examined, matched, examples);
        });
    }

    static String toJson(List<ScreeningRules.Reason> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ScreeningRules.Reason> fromJson(String stored) {
        try {
            return JSON.readValue(stored, new TypeReference<List<ScreeningRules.Reason>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored screening reasons unreadable", e);
        }
    }
}
