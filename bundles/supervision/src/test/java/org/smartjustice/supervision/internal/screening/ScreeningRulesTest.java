package org.smartjustice.supervision.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.smartjustice.supervision.internal.departments.DepartmentKind;

class ScreeningRulesTest {

    private static final ChineseWords WORDS = new ChineseWords();

    @AfterAll
    static void close() {
        WORDS.close();
    }

    static ScreeningRuleRules.Conditions words(ScreeningRuleRules.Word... words) {
        return new ScreeningRuleRules.Conditions(List.of(), List.of(), List.of(words), null, null, null, null);
    }

    static ScreeningRules.Facts facts(String text, IntToLongFunction repeats) {
        return new ScreeningRules.Facts("06001", "私搭乱建", "测试区城市管理局", DepartmentKind.ENFORCEMENT_TEAM, WORDS.of(text),
                true, 3, 2, "测试社区", repeats);
    }

    static Optional<ScreeningRules.Reason> match(ScreeningRuleRules.Conditions c, String text) {
        return ScreeningRules.match(ScreeningRules.prepare("r1", "规则", false, c, WORDS), facts(text, d -> 1));
    }

    @Test
    void aWordMatchesAsAWholeWordNotAsCharactersSideBySide() {
        ScreeningRuleRules.Conditions fine = words(new ScreeningRuleRules.Word("罚款", List.of()));
        assertTrue(match(fine, "执法队员对商户罚款未出具票据").isPresent());
        // 处罚 / 款项: the characters 罚款 stand side by side, the word does not.
        assertTrue("对违规商户处罚款项未开票".contains("罚款"));
        assertFalse(match(fine, "对违规商户处罚款项未开票").isPresent());
    }

    @Test
    void anotherWayOfSayingAWordMatchesOnlyThroughASynonym() {
        ScreeningRuleRules.Conditions plain = words(new ScreeningRuleRules.Word("乱收费", List.of()));
        assertFalse(match(plain, "城管队员乱收取费用").isPresent());
        assertTrue(match(plain, "商户反映城管乱收费").isPresent());
        ScreeningRuleRules.Conditions withSynonym = words(new ScreeningRuleRules.Word("乱收费", List.of("乱收取费用")));
        ScreeningRules.Reason r = match(withSynonym, "城管队员乱收取费用").orElseThrow();
        ScreeningRules.Finding f = r.findings().get(0);
        assertEquals("WORDS", f.condition());
        assertEquals(List.of("乱收取费用"), f.words());
        assertTrue(f.text().contains("乱收费（近义词“乱收取费用”）"), f.text());
    }

    @Test
    void everyConditionGivenMustHoldAndEachBecomesAFinding() {
        ScreeningRuleRules.Conditions all = new ScreeningRuleRules.Conditions(List.of("06"), List.of(DepartmentKind.ENFORCEMENT_TEAM),
                List.of(new ScreeningRuleRules.Word("彩钢棚", List.of())), true, 2, 2, new ScreeningRuleRules.Repeat(3, 30));
        AtomicInteger asked = new AtomicInteger();
        ScreeningRules.Rule rule = ScreeningRules.prepare("r1", "综合", true, all, WORDS);
        ScreeningRules.Reason r = ScreeningRules.match(rule, facts("人行道上搭建彩钢棚", d -> {
            asked.incrementAndGet();
            assertEquals(30, d);
            return 4;
        })).orElseThrow();
        assertTrue(r.cityDefault());
        assertEquals(List.of("CATEGORY", "DEPARTMENT_KIND", "WORDS", "OVERDUE", "RETURNS", "SATISFACTION", "REPEAT"),
                r.findings().stream().map(ScreeningRules.Finding::condition).toList());
        assertEquals("类别 06001 私搭乱建（属 06）", r.findings().get(0).text());
        assertEquals(3L, r.findings().get(4).figure());
        assertEquals(2, r.findings().get(4).threshold());
        assertEquals(4L, r.findings().get(6).figure());
        assertEquals(1, asked.get());
        // One condition short: no reason at all.
        assertFalse(ScreeningRules.match(rule, facts("人行道上搭建彩钢棚", d -> 2)).isPresent());
        assertFalse(ScreeningRules.match(rule, facts("人行道上堆放杂物", d -> 4)).isPresent());
    }

    @Test
    void figuresAreComparedWithTheRulesThresholds() {
        ScreeningRuleRules.Conditions dissatisfied = new ScreeningRuleRules.Conditions(List.of(), List.of(), List.of(), null, null, 1, null);
        assertFalse(match(dissatisfied, "x").isPresent(), "satisfaction 2 is above 1");
        ScreeningRuleRules.Conditions returned = new ScreeningRuleRules.Conditions(List.of(), List.of(), List.of(), null, 4, null, null);
        assertFalse(match(returned, "x").isPresent(), "3 returns are fewer than 4");
        ScreeningRuleRules.Conditions otherCategory = new ScreeningRuleRules.Conditions(List.of("07"), List.of(), List.of(), null, null, null, null);
        assertFalse(match(otherCategory, "x").isPresent());
        ScreeningRuleRules.Conditions otherKind = new ScreeningRuleRules.Conditions(List.of(), List.of(DepartmentKind.TOWNSHIP), List.of(),
                null, null, null, null);
        assertFalse(match(otherKind, "x").isPresent());
    }

    @Test
    void aRepeatNeedsADepartmentAndAPlace() {
        ScreeningRuleRules.Conditions repeat = new ScreeningRuleRules.Conditions(List.of(), List.of(), List.of(), null, null, null,
                new ScreeningRuleRules.Repeat(2, 7));
        ScreeningRules.Rule rule = ScreeningRules.prepare("r1", "重复", false, repeat, WORDS);
        assertFalse(ScreeningRules.match(rule, facts("x", null)).isPresent());
        assertTrue(ScreeningRules.match(rule, facts("x", d -> 2)).isPresent());
    }
}
