package org.smartjustice.supervision.internal.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.supervision.internal.departments.DepartmentKind;

/**
 * The data rules of a screening rule, without a container: every invalid field named
 * ({@code words[2].synonyms[0]}), a valid input turned into what is stored, and the stored form read back.
 */
public final class ScreeningRuleRules {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_CATEGORIES = 50;
    static final int MAX_WORDS = 50;
    static final int MAX_SYNONYMS = 10;
    static final int MAX_WORD = 20;
    static final Pattern CATEGORY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,31}");

    private ScreeningRuleRules() {
    }

    /** A word and its synonyms as written. */
    public record Word(String word, List<String> synonyms) {
    }

    public record Repeat(int count, int days) {
    }

    /** What an event must show; null or empty is no condition. */
    public record Conditions(List<String> categories, List<DepartmentKind> departmentKinds, List<Word> words,
                             Boolean overdue, Integer minReturns, Integer maxSatisfaction, Repeat repeat) {

        boolean none() {
            return categories.isEmpty() && departmentKinds.isEmpty() && words.isEmpty() && overdue == null
                    && minReturns == null && maxSatisfaction == null && repeat == null;
        }
    }

    /** A valid rule, normalised, ready to store or to try. */
    public record Checked(String name, String description, RuleStatus status, boolean cityWide, Conditions conditions) {
    }

    /**
     * Checks a rule; faults go to {@code errors}.
     *
     * @param keepStatus the status a stored rule keeps when the input names none (null: {@code DRAFT})
     * @param city       whether the rule belongs to the city tenant (only the city's rules are district defaults)
     * @param words      how text becomes words: a word that becomes none (punctuation only) is refused
     * @return the rule, or null when a field is invalid
     */
    public static Checked check(ScreeningRuleInput in, RuleStatus keepStatus, boolean city,
                                Function<String, List<String>> words, List<FieldError> errors) {
        Validation v = new Validation();
        v.required("name", Validation.blankToNull(in.name())).maxLength("name", strip(in.name()), MAX_NAME)
                .singleLine("name", in.name());
        v.maxLength("description", strip(in.description()), MAX_DESCRIPTION).plainText("description", in.description());
        v.check(!Boolean.TRUE.equals(in.cityWide()) || city, "cityWide", "只有市本级（410100）的规则可作为各区县的默认规则");
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(listOf(in.categories()).stream()
                .map(ScreeningRuleRules::strip).toList()));
        v.check(categories.size() <= MAX_CATEGORIES, "categories", "至多 " + MAX_CATEGORIES + " 个类别");
        for (int i = 0; i < categories.size(); i++) {
            v.required("categories[" + i + "]", categories.get(i))
                    .matches("categories[" + i + "]", categories.get(i), CATEGORY_CODE, "应为类别代码：字母、数字和 . _ -，至多 32 个字符");
        }
        List<DepartmentKind> kinds = new ArrayList<>(new LinkedHashSet<>(listOf(in.departmentKinds())));
        v.check(!kinds.contains(null), "departmentKinds", "不能有空项");
        List<Word> checkedWords = checkWords(in.words(), words, v);
        v.check(in.overdue() == null || in.overdue(), "overdue", "只能为 true（事件已超期）或不填");
        v.range("minReturns", in.minReturns(), 1, 1000);
        v.range("maxSatisfaction", in.maxSatisfaction(), 1, 5);
        Repeat repeat = null;
        if (in.repeat() != null) {
            v.required("repeat.count", in.repeat().count()).range("repeat.count", in.repeat().count(), 2, 1000);
            v.required("repeat.days", in.repeat().days()).range("repeat.days", in.repeat().days(), 1, 365);
            if (in.repeat().count() != null && in.repeat().days() != null) {
                repeat = new Repeat(in.repeat().count(), in.repeat().days());
            }
        }
        Conditions conditions = new Conditions(categories, kinds, checkedWords, in.overdue(), in.minReturns(),
                in.maxSatisfaction(), repeat);
        v.check(!conditions.none(), "conditions",
                "至少给出一个条件：categories、departmentKinds、words、overdue、minReturns、maxSatisfaction 或 repeat");
        if (!v.isValid()) {
            errors.addAll(v.errors());
            return null;
        }
        RuleStatus status = in.status() != null ? in.status() : keepStatus != null ? keepStatus : RuleStatus.DRAFT;
        return new Checked(strip(in.name()), Validation.blankToNull(strip(in.description())), status,
                Boolean.TRUE.equals(in.cityWide()), conditions);
    }

    private static List<Word> checkWords(List<ScreeningRuleInput.Word> in, Function<String, List<String>> analyse, Validation v) {
        List<Word> out = new ArrayList<>();
        List<ScreeningRuleInput.Word> given = listOf(in);
        v.check(given.size() <= MAX_WORDS, "words", "至多 " + MAX_WORDS + " 个词");
        for (int i = 0; i < given.size() && i < MAX_WORDS; i++) {
            ScreeningRuleInput.Word w = given.get(i);
            String field = "words[" + i + "]";
            if (w == null) {
                v.check(false, field, "不能为空");
                continue;
            }
            String word = strip(w.word());
            checkWord(field + ".word", word, true, analyse, v);
            List<String> synonyms = new ArrayList<>(new LinkedHashSet<>(listOf(w.synonyms()).stream().map(ScreeningRuleRules::strip).toList()));
            v.check(synonyms.size() <= MAX_SYNONYMS, field + ".synonyms", "至多 " + MAX_SYNONYMS + " 个近义词");
            for (int j = 0; j < synonyms.size() && j < MAX_SYNONYMS; j++) {
                checkWord(field + ".synonyms[" + j + "]", synonyms.get(j), true, analyse, v);
            }
            synonyms.remove(word);
            out.add(new Word(word, synonyms));
        }
        return out;
    }

    private static void checkWord(String field, String word, boolean required, Function<String, List<String>> analyse, Validation v) {
        if (required) {
            v.required(field, word);
        }
        if (word == null || word.isEmpty()) {
            return;
        }
        v.maxLength(field, word, MAX_WORD);
        v.check(word.codePoints().noneMatch(c -> Character.isWhitespace(c) || c == ',' || Character.isISOControl(c)), field,
                "一个词不能含空白或逗号");
        if (word.length() <= MAX_WORD) {
            v.check(!analyse.apply(word).isEmpty(), field, "分词后没有可匹配的词（只有标点）");
        }
    }

    static String joinList(List<String> items) {
        return items.isEmpty() ? null : String.join(",", items);
    }

    static List<String> splitList(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    static String joinWords(List<Word> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Word w : words) {
            List<String> parts = new ArrayList<>();
            parts.add(w.word());
            parts.addAll(w.synonyms());
            lines.add(String.join("\t", parts));
        }
        return String.join("\n", lines);
    }

    static List<Word> splitWords(String stored) {
        List<Word> words = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return words;
        }
        for (String line : stored.split("\n")) {
            List<String> parts = Arrays.asList(line.split("\t"));
            words.add(new Word(parts.get(0), List.copyOf(parts.subList(1, parts.size()))));
        }
        return words;
    }

    private static <T> List<T> listOf(List<T> in) {
        return in == null ? List.of() : in;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
