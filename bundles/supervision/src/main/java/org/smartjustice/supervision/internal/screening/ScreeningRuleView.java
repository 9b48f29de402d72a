package org.smartjustice.supervision.internal.screening;

import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.supervision.internal.events.GridCategories;

/**
 * A screening rule as readers see it. {@code cityDefault}: the city's rule, shown in a district, which the
 * district may switch off for itself ({@code optedOut}) but not change.
 */
public record ScreeningRuleView(String id, String name, String description, Label status, boolean cityWide, boolean cityDefault,
                                boolean optedOut, Conditions conditions, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                                long version) {

    public record Conditions(List<RuleCategory> categories, List<Label> departmentKinds, List<ScreeningRuleRules.Word> words,
                             Boolean overdue, Integer minReturns, Integer maxSatisfaction, ScreeningRuleRules.Repeat repeat) {
    }

    /** A category code and, when it is one of the national classification, its name. */
    public record RuleCategory(String code, String name) {
    }

    static ScreeningRuleView of(ScreeningRuleEntity r, boolean cityDefault, boolean optedOut) {
        ScreeningRuleRules.Conditions c = r.conditions();
        GridCategories national = GridCategories.national();
        List<RuleCategory> categories = c.categories().stream().map(code -> {
            GridCategories.Category known = national.byCode(code);
            return new RuleCategory(code, known == null ? null : known.name());
        }).toList();
        return new ScreeningRuleView(r.id(), r.name, r.description, Label.of(r.status), r.cityWide, cityDefault, optedOut,
                new Conditions(categories, c.departmentKinds().stream().map(Label::of).toList(), c.words(), c.overdue(),
                        c.minReturns(), c.maxSatisfaction(), c.repeat()),
                UtcTimes.toOffset(r.createdAt), UtcTimes.toOffset(r.updatedAt), r.version());
    }
}
