package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** A screening rule of the tenant: its conditions as {@link ScreeningRuleRules#store} writes them. */
@Entity
@Table(name = "supervision_screening_rule")
public class ScreeningRuleEntity extends TenantOwnedEntity {

    String name;

    String description;

    @Enumerated(EnumType.STRING)
    RuleStatus status;

    @Column(name = "city_wide")
    boolean cityWide;

    /** Category codes, comma-separated. */
    String categories;

    /** Department kinds, comma-separated. */
    @Column(name = "department_kinds")
    String departmentKinds;

    /** One word a line: the word, then its synonyms, tab-separated. */
    String words;

    Boolean overdue;

    @Column(name = "min_returns")
    Integer minReturns;

    @Column(name = "max_satisfaction")
    Integer maxSatisfaction;

    @Column(name = "repeat_count")
    Integer repeatCount;

    @Column(name = "repeat_days")
    Integer repeatDays;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "updated_at")
    LocalDateTime updatedAt;

    void apply(ScreeningRuleRules.Checked c, LocalDateTime now) {
        name = c.name();
        description = c.description();
        status = c.status();
        cityWide = c.cityWide();
        categories = ScreeningRuleRules.joinList(c.conditions().categories());
        departmentKinds = ScreeningRuleRules.joinList(c.conditions().departmentKinds().stream().map(Enum::name).toList());
        words = ScreeningRuleRules.joinWords(c.conditions().words());
        overdue = c.conditions().overdue();
        minReturns = c.conditions().minReturns();
        maxSatisfaction = c.conditions().maxSatisfaction();
        repeatCount = c.conditions().repeat() == null ? null : c.conditions().repeat().count();
        repeatDays = c.conditions().repeat() == null ? null : c.conditions().repeat().days();
        updatedAt = now;
    }

    ScreeningRuleRules.Conditions conditions() {
        return new ScreeningRuleRules.Conditions(ScreeningRuleRules.splitList(categories),
                ScreeningRuleRules.splitList(departmentKinds).stream()
                        .map(org.smartjustice.supervision.internal.departments.DepartmentKind::valueOf).toList(),
                ScreeningRuleRules.splitWords(words), overdue, minReturns, maxSatisfaction,
                repeatCount == null ? null : new ScreeningRuleRules.Repeat(repeatCount, repeatDays));
    }
}
