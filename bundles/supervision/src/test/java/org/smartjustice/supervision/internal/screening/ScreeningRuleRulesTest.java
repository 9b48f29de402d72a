package org.smartjustice.supervision.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.supervision.internal.departments.DepartmentKind;

class ScreeningRuleRulesTest {

    private static final ChineseWords WORDS = new ChineseWords();

    @AfterAll
    static void close() {
        WORDS.close();
    }

    static ScreeningRuleInput input(String name, List<ScreeningRuleInput.Word> words, Boolean cityWide) {
        return new ScreeningRuleInput(name, null, null, cityWide, List.of("06"), List.of(DepartmentKind.ENFORCEMENT_TEAM), words,
                null, null, null, null, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidRuleIsADraftAndKeepsItsWordsAndSynonyms() {
        List<FieldError> errors = new ArrayList<>();
        ScreeningRuleRules.Checked c = ScreeningRuleRules.check(input(" 收费投诉 ",
                List.of(new ScreeningRuleInput.Word("乱收费", List.of("乱收取费用", "乱收费"))), null), null, false, WORDS::of, errors);
        assertNotNull(c, errors.toString());
        assertEquals("收费投诉", c.name());
        assertEquals(RuleStatus.DRAFT, c.status());
        assertEquals(List.of(new ScreeningRuleRules.Word("乱收费", List.of("乱收取费用"))), c.conditions().words());
        String stored = ScreeningRuleRules.joinWords(c.conditions().words());
        assertEquals(c.conditions().words(), ScreeningRuleRules.splitWords(stored));
    }

    @Test
    void everyBadFieldIsNamed() {
        List<FieldError> errors = new ArrayList<>();
        ScreeningRuleInput bad = new ScreeningRuleInput("", null, null, true, List.of("06", "坏 代码"), Arrays.asList(DepartmentKind.TOWNSHIP, null),
                List.of(new ScreeningRuleInput.Word("！？", List.of()), new ScreeningRuleInput.Word("罚款", List.of("a b"))),
                false, 0, 9, new ScreeningRuleInput.Repeat(1, null), null);
        assertNull(ScreeningRuleRules.check(bad, null, false, WORDS::of, errors));
        List<String> f = fields(errors);
        for (String field : List.of("name", "cityWide", "categories[1]", "departmentKinds", "words[0].word", "words[1].synonyms[0]",
                "overdue", "minReturns", "maxSatisfaction", "repeat.count", "repeat.days")) {
            assertTrue(f.contains(field), field + " in " + f);
        }
    }

    @Test
    void aBlankSynonymIsNamedOnce() {
        List<FieldError> errors = new ArrayList<>();
        ScreeningRuleInput in = input("空近义词", List.of(new ScreeningRuleInput.Word("罚款", Arrays.asList(null, " "))), null);
        assertNull(ScreeningRuleRules.check(in, null, false, WORDS::of, errors));
        assertEquals(List.of("words[0].synonyms[0]", "words[0].synonyms[1]"), fields(errors));
    }

    @Test
    void aRuleWithoutConditionsIsRefused() {
        List<FieldError> errors = new ArrayList<>();
        ScreeningRuleInput none = new ScreeningRuleInput("空规则", null, null, null, null, null, null, null, null, null, null, null);
        assertNull(ScreeningRuleRules.check(none, null, false, WORDS::of, errors));
        assertEquals(List.of("conditions"), fields(errors));
    }

    @Test
    void onlyTheCitysRulesAreDistrictDefaults() {
        List<FieldError> errors = new ArrayList<>();
        ScreeningRuleRules.Checked c = ScreeningRuleRules.check(input("默认", List.of(), true), RuleStatus.ACTIVE, true, WORDS::of, errors);
        assertNotNull(c, errors.toString());
        assertTrue(c.cityWide());
        assertEquals(RuleStatus.ACTIVE, c.status(), "a change without a status keeps the stored one");
    }
}
