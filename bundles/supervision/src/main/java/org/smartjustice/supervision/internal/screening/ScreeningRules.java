package org.smartjustice.supervision.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToLongFunction;

import org.smartjustice.supervision.internal.departments.DepartmentKind;

/**
 * Whether a rule takes an event, and why, without a container (docs/supervision.md, "Screening"): every
 * condition the rule gives must hold, and each one that holds becomes a finding a supervisor reads
 * (which words were found, which figures against which threshold).
 */
public final class ScreeningRules {

    private ScreeningRules() {
    }

    /** A word as matched: each way of writing it, as words. */
    public record Forms(String word, List<Form> forms) {
    }

    /** One way of writing a word ({@code synonym} when it is not the word itself). */
    public record Form(String text, List<String> words, boolean synonym) {
    }

    /** A rule ready to match: its words analysed once. */
    public record Rule(String id, String name, boolean cityDefault, ScreeningRuleRules.Conditions conditions,
                       List<Forms> words) {
    }

    /**
     * What screening knows of an event's version. {@code repeats} counts the events of the same department
     * and category in the same place within a number of days (this one included); it is asked only when a
     * rule needs it, since it reads the database, and is null when the event names no department or place.
     */
    public record Facts(String categoryCode, String categoryName, String departmentName, DepartmentKind departmentKind,
                        List<String> words, boolean overdue, int returns, Integer satisfaction, String place,
                        IntToLongFunction repeats) {
    }

    /** Why an event was taken: one rule, and what of the event met each of its conditions. */
    public record Reason(String ruleId, String ruleName, boolean cityDefault, List<Finding> findings) {
    }

    /**
     * One condition met. {@code condition}: CATEGORY, DEPARTMENT_KIND, WORDS, OVERDUE, RETURNS, SATISFACTION
     * or REPEAT; {@code words} the forms found; {@code figure} the event's figure and {@code threshold} the rule's.
     */
    public record Finding(String condition, String text, List<String> words, Long figure, Integer threshold) {
    }

    /** A rule with its words analysed. */
    public static Rule prepare(String id, String name, boolean cityDefault, ScreeningRuleRules.Conditions c, ChineseWords analyser) {
        List<Forms> words = new ArrayList<>();
        for (ScreeningRuleRules.Word w : c.words()) {
            List<Form> forms = new ArrayList<>();
            forms.add(new Form(w.word(), analyser.of(w.word()), false));
            w.synonyms().forEach(s -> forms.add(new Form(s, analyser.of(s), true)));
            words.add(new Forms(w.word(), forms));
        }
        return new Rule(id, name, cityDefault, c, words);
    }

    /** The reason the rule takes the event, or empty when a condition does not hold. */
    public static Optional<Reason> match(Rule rule, Facts e) {
        ScreeningRuleRules.Conditions c = rule.conditions();
        List<Finding> found = new ArrayList<>();
        if (!c.categories().isEmpty()) {
            String hit = c.categories().stream().filter(code -> e.categoryCode().startsWith(code)).findFirst().orElse(null);
            if (hit == null) {
                return Optional.empty();
            }
            found.add(new Finding("CATEGORY", "类别 " + e.categoryCode() + " " + e.categoryName()
                    + (hit.equals(e.categoryCode()) ? "" : "（属 " + hit + "）"), null, null, null));
        }
        if (!c.departmentKinds().isEmpty()) {
            if (e.departmentKind() == null || !c.departmentKinds().contains(e.departmentKind())) {
                return Optional.empty();
            }
            found.add(new Finding("DEPARTMENT_KIND", "处置部门" + (e.departmentName() == null ? "" : " " + e.departmentName())
                    + "为" + e.departmentKind().title(), null, null, null));
        }
        if (!rule.words().isEmpty()) {
            Finding words = words(rule.words(), e.words());
            if (words == null) {
                return Optional.empty();
            }
            found.add(words);
        }
        if (c.overdue() != null) {
            if (!e.overdue()) {
                return Optional.empty();
            }
            found.add(new Finding("OVERDUE", "事件已超期", null, null, null));
        }
        if (c.minReturns() != null) {
            if (e.returns() < c.minReturns()) {
                return Optional.empty();
            }
            found.add(new Finding("RETURNS", "回退 " + e.returns() + " 次（规则：至少 " + c.minReturns() + " 次）", null,
                    (long) e.returns(), c.minReturns()));
        }
        if (c.maxSatisfaction() != null) {
            if (e.satisfaction() == null || e.satisfaction() > c.maxSatisfaction()) {
                return Optional.empty();
            }
            found.add(new Finding("SATISFACTION", "满意度 " + e.satisfaction() + "（规则：至多 " + c.maxSatisfaction() + "）", null,
                    (long) e.satisfaction(), c.maxSatisfaction()));
        }
        if (c.repeat() != null) {
            if (e.repeats() == null) {
                return Optional.empty();
            }
            long n = e.repeats().applyAsLong(c.repeat().days());
            if (n < c.repeat().count()) {
                return Optional.empty();
            }
            found.add(new Finding("REPEAT", "同一处置部门的同类事件在" + e.place() + " " + c.repeat().days() + " 天内 " + n
                    + " 件（规则：至少 " + c.repeat().count() + " 件）", null, n, c.repeat().count()));
        }
        return Optional.of(new Reason(rule.id(), rule.name(), rule.cityDefault(), found));
    }

    /** The words finding: every word of the rule found in the text, by its own form or a synonym; null when none. */
    private static Finding words(List<Forms> rule, List<String> text) {
        List<String> found = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Forms w : rule) {
            for (Form f : w.forms()) {
                if (ChineseWords.contains(text, f.words())) {
                    found.add(f.text());
                    shown.add(f.synonym() ? w.word() + "（近义词“" + f.text() + "”）" : f.text());
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        return new Finding("WORDS", "标题或描述含：" + String.join("、", shown), found, null, null);
    }
}
