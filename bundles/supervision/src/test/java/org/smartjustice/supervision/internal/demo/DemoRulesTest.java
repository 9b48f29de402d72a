package org.smartjustice.supervision.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.supervision.internal.screening.ChineseWords;
import org.smartjustice.supervision.internal.screening.RuleStatus;
import org.smartjustice.supervision.internal.screening.ScreeningRuleInput;
import org.smartjustice.supervision.internal.screening.ScreeningRuleRules;

class DemoRulesTest {

    @Test
    void theCitysDefaultRulesAreValidActiveCityDefaults() {
        try (ChineseWords words = new ChineseWords()) {
            List<ScreeningRuleInput> rules = DemoRules.all();
            assertEquals(5, rules.size());
            for (ScreeningRuleInput r : rules) {
                List<FieldError> errors = new ArrayList<>();
                ScreeningRuleRules.Checked c = ScreeningRuleRules.check(r, null, true, words::of, errors);
                assertNotNull(c, r.name() + " " + errors);
                assertTrue(c.cityWide(), r.name());
                assertEquals(RuleStatus.ACTIVE, c.status(), r.name());
            }
        }
    }
}
