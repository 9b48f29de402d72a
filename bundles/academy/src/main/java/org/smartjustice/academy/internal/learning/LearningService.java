package org.smartjustice.academy.internal.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.LearningHours;
import org.smartjustice.academy.internal.items.PublishedItemStore;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;

/**
 * Learning records: a learner reports on an item they can read (the district's or the city's,
 * published and in effect); time adds up per learner and item as far as the server's clock allows
 * ({@link LearningRules}). Also what rosters shows as a
 * member's training hours ({@link LearningHours}).
 */
@Component(service = { LearningService.class, LearningHours.class })
public class LearningService implements LearningHours {

    static final int MAX_IDS = 1000;

    @Reference
    private LearningStore store;

    @Reference
    private TenantContext context;

    @Reference
    private PublishedItemStore published;

    /** The server's clock, which credits learning time (a test sets its own). */
    Clock clock = Clock.systemUTC();

    /** A report of the caller on an item they can read, credited as {@link LearningRules} says. */
    public LearningEntity record(String itemId, LearningInput in) {
        new Validation().range("seconds", in.seconds(), 0, LearningRules.MAX_SECONDS).range("quizScore", in.quizScore(), 0, 100)
                .throwIfInvalid();
        Principal me = context.principal();
        PublishedItemStore.Readable found = published.readable(itemId)
                .orElseThrow(() -> ProblemException.notFound("已发布内容", itemId));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        return store.write(em -> {
            LearningEntity existing = LearningStore.find(em, me.subject(), itemId).orElse(null);
            LearningEntity l = LearningRules.report(existing, in, LearningStore.lastReportElsewhere(em, me.subject(), itemId), now);
            if (existing == null) {
                l.learner = me.subject();
                l.itemId = itemId;
            }
            l.learnerName = me.name();
            l.cityItem = found.city();
            l.itemTitle = found.title();
            if (existing == null) {
                em.persist(l);
            }
            return l;
        });
    }

    public List<LearningEntity> mine() {
        return store.of(context.principal().subject());
    }

    /** Per learner: name, seconds, items opened and completed, mean quiz score. */
    public record Totals(String learner, String name, long seconds, long items, long completed, Double meanQuizScore) {

        public double hours() {
            return Math.round(seconds / 360.0) / 10.0;
        }
    }

    public List<Totals> totals(String learner) {
        return store.totals(learner).stream()
                .map(r -> new Totals((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).doubleValue()))
                .toList();
    }

    /** How the district's hours are grouped. */
    public enum By implements org.smartjustice.platform.api.Titled {
        PERSON("人员"), ROLE("角色"), GRID("网格"), STREET("乡镇（街道）");

        private final String title;

        By(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /** One group's hours: a role, grid cell or street (code and title), or a person. */
    public record Group(String code, String title, long people, long seconds, long items, long completed) {

        public double hours() {
            return Math.round(seconds / 360.0) / 10.0;
        }
    }

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.smartjustice.rosters.api.RosterPlacements placements;

    @org.osgi.service.component.annotations.Reference
    private org.smartjustice.platform.api.divisions.Divisions divisions;

    /**
     * The district's hours per role, grid cell or street of the learners' posts in the roster (a
     * person with two roles counts in both); learners who are not members on duty make a group of
     * their own (code null).
     */
    public List<Group> groups(By by) {
        List<Totals> people = totals(null);
        org.smartjustice.rosters.api.RosterPlacements roster = placements;
        if (roster == null) {
            // By person needs no roster: only the groupings wait for the module.
            throw ProblemException.moduleUnavailable("rosters", "组织队伍");
        }
        Map<String, org.smartjustice.rosters.api.Placement> where = roster.placementsOf(people.stream().map(Totals::learner).toList());
        Map<String, long[]> sums = new java.util.TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (Totals t : people) {
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            org.smartjustice.rosters.api.Placement p = where.get(t.learner());
            if (p != null) {
                for (org.smartjustice.rosters.api.Placement.Post post : p.posts()) {
                    String key = switch (by) {
                        case ROLE -> post.role().name();
                        case GRID -> post.gridCode();
                        case STREET -> post.streetCode();
                        case PERSON -> t.learner();
                    };
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
            if (keys.isEmpty()) {
                keys.add(null);
            }
            for (String k : keys) {
                long[] s = sums.computeIfAbsent(k, x -> new long[4]);
                s[0]++;
                s[1] += t.seconds();
                s[2] += t.items();
                s[3] += t.completed();
            }
        }
        List<Group> out = new java.util.ArrayList<>();
        sums.forEach((k, s) -> out.add(new Group(k, title(by, k), s[0], s[1], s[2], s[3])));
        return out;
    }

    private String title(By by, String code) {
        if (code == null) {
            return "未在队伍中";
        }
        return switch (by) {
            case ROLE -> org.smartjustice.rosters.api.RosterRole.valueOf(code).title();
            case STREET -> divisions.find(code).map(org.smartjustice.platform.api.divisions.Division::name).orElse(code);
            default -> code;
        };
    }

    @Override
    public Map<String, Double> hoursOf(Collection<String> hostUserIds) {
        Map<String, Double> hours = new HashMap<>();
        List<String> ids = hostUserIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + MAX_IDS));
            store.secondsOf(part).forEach(r -> hours.put((String) r[0], Math.round(((Number) r[1]).longValue() / 360.0) / 10.0));
        }
        return hours;
    }
}
