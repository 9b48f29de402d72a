package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.supervision.internal.Access;

/** Creating, changing and deleting the tenant's screening rules, and switching city defaults off for a district. */
@Component(service = ScreeningRuleService.class)
public class ScreeningRuleService {

    /** Rules one tenant keeps at most: a screen is read by people, and every event meets every rule. */
    static final int MAX_RULES = 200;

    @Reference
    private ScreeningRuleStore store;

    @Reference
    private ChineseWords words;

    @Reference
    private TenantContext context;

    /** The checked rule, or 400 naming every bad field. */
    ScreeningRuleRules.Checked checkOrThrow(ScreeningRuleInput input, RuleStatus keepStatus) {
        List<FieldError> errors = new ArrayList<>();
        ScreeningRuleRules.Checked c = ScreeningRuleRules.check(input, keepStatus, Access.CITY.equals(context.requireTenant()),
                words::of, errors);
        if (c == null) {
            throw ProblemException.badRequest("甄别规则有 " + errors.size() + " 处错误", errors);
        }
        return c;
    }

    public ScreeningRuleEntity create(ScreeningRuleInput input) {
        ScreeningRuleRules.Checked c = checkOrThrow(input, null);
        return store.write(em -> {
            if (ScreeningRuleStore.count(em) >= MAX_RULES) {
                throw new ProblemException(409, "too-many-rules", "甄别规则过多", "每个租户至多 " + MAX_RULES + " 条甄别规则；请先删除不用的规则");
            }
            refuseTakenName(em, c.name(), null);
            ScreeningRuleEntity r = new ScreeningRuleEntity();
            LocalDateTime now = UtcTimes.now();
            r.createdAt = now;
            r.apply(c, now);
            em.persist(r);
            em.flush();
            return r;
        });
    }

    ScreeningRuleEntity update(String id, ScreeningRuleInput input, long expectedVersion) {
        return store.write(em -> {
            ScreeningRuleEntity r = em.find(ScreeningRuleEntity.class, id);
            if (r == null) {
                throw ProblemException.notFound("甄别规则", id);
            }
            ScreeningRuleRules.Checked c = checkOrThrow(input, r.status);
            r.requireVersion(expectedVersion);
            refuseTakenName(em, c.name(), id);
            r.apply(c, UtcTimes.now());
            em.flush();
            return r;
        });
    }

    /** Screenings keep the rule's name in their reasons, so a rule can go without rewriting history. */
    void delete(String id, Long expectedVersion) {
        store.write(em -> {
            ScreeningRuleEntity r = em.find(ScreeningRuleEntity.class, id);
            if (r == null) {
                throw ProblemException.notFound("甄别规则", id);
            }
            if (expectedVersion != null) {
                r.requireVersion(expectedVersion);
            }
            em.remove(r);
            return null;
        });
    }

    /** Switches a city default off (or back on) for the calling district. */
    void optOut(String cityRuleId, boolean off) {
        if (Access.CITY.equals(context.requireTenant())) {
            throw new ProblemException(409, "not-a-district", "市本级不能停用自己的默认规则", "在市本级请修改规则本身（status 或 cityWide）");
        }
        store.cityDefault(cityRuleId).orElseThrow(() -> ProblemException.notFound("市级默认甄别规则", cityRuleId));
        store.write(em -> {
            OptOutEntity o = ScreeningRuleStore.optOut(em, cityRuleId);
            if (off && o == null) {
                o = new OptOutEntity();
                o.cityRuleId = cityRuleId;
                o.createdAt = UtcTimes.now();
                em.persist(o);
            } else if (!off && o != null) {
                em.remove(o);
            }
            return null;
        });
    }

    private static void refuseTakenName(javax.persistence.EntityManager em, String name, String self) {
        if (ScreeningRuleStore.nameTaken(em, name, self)) {
            throw new ProblemException(409, "rule-exists", "甄别规则已存在", "本租户已有名为“" + name + "”的甄别规则");
        }
    }
}
