package org.smartjustice.rosters.internal.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.rosters.api.Duty;

/** The tenant's deadlines per duty and urgency: its own rules where it set them, else the defaults. */
@Component(service = DeadlineService.class)
public class DeadlineService {

    @Reference
    private TaskStore store;

    /** One cell of the table, as the API shows it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DeadlineRule")
    public record Rule(Duty duty, Urgency urgency, String acceptYellow, String acceptRed, String finishYellow,
                       String finishRed, boolean tenantRule, long version) {
    }

    public Deadlines of(EntityManager em, Duty duty, Urgency urgency) {
        DeadlineRuleEntity r = find(em, duty, urgency);
        return r == null ? Deadlines.defaults(urgency) : deadlines(r);
    }

    public List<Rule> table() {
        Map<Duty, Map<Urgency, DeadlineRuleEntity>> own = new EnumMap<>(Duty.class);
        for (DeadlineRuleEntity r : store.rules()) {
            own.computeIfAbsent(r.duty, d -> new EnumMap<>(Urgency.class)).put(r.urgency, r);
        }
        List<Rule> rules = new ArrayList<>();
        for (Duty duty : Duty.values()) {
            for (Urgency urgency : Urgency.values()) {
                DeadlineRuleEntity r = own.getOrDefault(duty, Map.of()).get(urgency);
                rules.add(r == null ? rule(duty, urgency, Deadlines.defaults(urgency), false, 0)
                        : rule(duty, urgency, deadlines(r), true, r.version()));
            }
        }
        return rules;
    }

    /** Sets the tenant's rule; a rule that exists must be named by its version. */
    public Rule put(Duty duty, Urgency urgency, Deadlines.Input input, Long expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        Deadlines d = Deadlines.parse(input, errors);
        if (d == null) {
            throw ProblemException.badRequest("时限有 " + errors.size() + " 处错误", errors);
        }
        return store.write(em -> {
            DeadlineRuleEntity r = find(em, duty, urgency);
            if (r == null) {
                r = new DeadlineRuleEntity();
                r.duty = duty;
                r.urgency = urgency;
                em.persist(r);
            } else if (expectedVersion == null) {
                throw ProblemException.invalidField("version", "该时限已由本区县设置：修改时必填（或使用 If-Match 请求头）");
            } else {
                r.requireVersion(expectedVersion);
            }
            r.acceptYellow = d.acceptYellow().toString();
            r.acceptRed = d.acceptRed().toString();
            r.finishYellow = d.finishYellow().toString();
            r.finishRed = d.finishRed().toString();
            r.updatedAt = UtcTimes.now();
            em.flush();
            return rule(duty, urgency, d, true, r.version());
        });
    }

    /** Back to the default; tasks already dispatched keep their deadlines. */
    public Rule reset(Duty duty, Urgency urgency) {
        return store.write(em -> {
            DeadlineRuleEntity r = find(em, duty, urgency);
            if (r != null) {
                em.remove(r);
            }
            return rule(duty, urgency, Deadlines.defaults(urgency), false, 0);
        });
    }

    private DeadlineRuleEntity find(EntityManager em, Duty duty, Urgency urgency) {
        return store.rule(em, duty, urgency);
    }

    private static Deadlines deadlines(DeadlineRuleEntity r) {
        return new Deadlines(Duration.parse(r.acceptYellow), Duration.parse(r.acceptRed), Duration.parse(r.finishYellow),
                Duration.parse(r.finishRed));
    }

    private static Rule rule(Duty duty, Urgency urgency, Deadlines d, boolean own, long version) {
        return new Rule(duty, urgency, d.acceptYellow().toString(), d.acceptRed().toString(), d.finishYellow().toString(),
                d.finishRed().toString(), own, version);
    }
}
