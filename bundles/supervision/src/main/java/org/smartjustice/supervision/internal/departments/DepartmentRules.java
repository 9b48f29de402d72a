package org.smartjustice.supervision.internal.departments;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.identifiers.CreditCode;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;

/**
 * The data rules of a department, without a container: every invalid field collected, a valid input
 * turned into what is stored ({@link Checked}), and which stored department another would clash with.
 */
public final class DepartmentRules {

    static final int MAX_NAME = 100;
    /** Width of the name_key column: NFKC may make a name longer. */
    static final int MAX_NAME_KEY = 400;
    static final int MAX_SHORT_NAME = 30;
    static final int MAX_DOMAINS = 2000;
    static final int MAX_ITEMS = 30;
    static final int MAX_ITEM = 200;
    static final int MAX_SOURCE = 1000;
    /** A host's organisation code: letters, digits and {@code . _ : -}, as host systems write codes. */
    static final Pattern ORG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");
    /** What separates responsibility items in a spreadsheet cell; an item cannot contain it. */
    static final Pattern ITEM_SEPARATOR = Pattern.compile("[；;]");

    private DepartmentRules() {
    }

    /** A valid department, normalised, ready to store. */
    public record Checked(String name, String nameKey, String shortName, DepartmentKind kind, String creditCode,
                          String org, String enforcementDomains, List<String> responsibilities, String source,
                          boolean verified, DepartmentStatus status) {
    }

    /**
     * Checks the input; faults go to {@code errors} with field names prefixed by {@code prefix}.
     *
     * @param keepStatus the status a department keeps when the input names none (null: {@code ACTIVE})
     * @return the department to store, or null when a field is invalid
     */
    public static Checked check(DepartmentInput in, String prefix, DepartmentStatus keepStatus, List<FieldError> errors) {
        String p = prefix == null ? "" : prefix;
        Validation v = new Validation();
        v.required(p + "name", in.name()).maxLength(p + "name", strip(in.name()), MAX_NAME).singleLine(p + "name", in.name());
        v.maxLength(p + "shortName", strip(in.shortName()), MAX_SHORT_NAME).singleLine(p + "shortName", in.shortName());
        v.required(p + "kind", in.kind());
        String org = Validation.blankToNull(in.org());
        v.matches(p + "org", org, ORG, "应为宿主平台的组织编码：字母、数字和 . _ : -，至多 64 个字符");
        v.maxLength(p + "enforcementDomains", strip(in.enforcementDomains()), MAX_DOMAINS)
                .plainText(p + "enforcementDomains", in.enforcementDomains());
        v.maxLength(p + "source", strip(in.source()), MAX_SOURCE).plainText(p + "source", in.source());
        if (in.name() != null && in.name().length() <= MAX_NAME) {
            v.check(nameKey(in.name()).length() <= MAX_NAME_KEY, p + "name", "含过多兼容字符");
        }
        List<String> items = items(in.responsibilities(), p, v);
        String credit = creditCode(in.creditCode(), p, v);
        errors.addAll(v.errors());
        if (!v.isValid()) {
            return null;
        }
        String name = in.name().strip();
        DepartmentStatus status = in.status() != null ? in.status() : keepStatus != null ? keepStatus : DepartmentStatus.ACTIVE;
        return new Checked(name, nameKey(name), Validation.blankToNull(in.shortName()), in.kind(), credit, org,
                Validation.blankToNull(in.enforcementDomains()), items, Validation.blankToNull(in.source()),
                in.verified() == null || in.verified(), status);
    }

    private static List<String> items(List<String> given, String p, Validation v) {
        List<String> items = new ArrayList<>();
        if (given == null) {
            return items;
        }
        v.check(given.size() <= MAX_ITEMS, p + "responsibilities", "至多 " + MAX_ITEMS + " 项");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = p + "responsibilities[" + i + "]";
            String item = given.get(i);
            v.required(field, item);
            if (item == null || item.isBlank()) {
                continue;
            }
            String text = item.strip();
            v.maxLength(field, text, MAX_ITEM).singleLine(field, text)
                    .check(!ITEM_SEPARATOR.matcher(text).find(), field, "一项之内不能有分号（分号分隔各项）")
                    .check(seen.add(text), field, "与前面的一项重复");
            items.add(text);
        }
        return items;
    }

    private static String creditCode(String given, String p, Validation v) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = CreditCode.normalise(given);
        CreditCode.problem(code).ifPresent(reason -> v.check(false, p + "creditCode", reason));
        return code;
    }

    /** What makes two names one department: blanks and full-width forms do not count (NFKC), nor letter case. */
    public static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** A stored department as far as clashes go. */
    public record Known(String id, String name, String creditCode, String org) {
    }

    /** Where stored departments are looked up by their unique keys; each answers null for none. */
    public interface Lookup {
        Known byNameKey(String key);

        Known byCreditCode(String code);

        Known byOrg(String org);
    }

    /**
     * The stored department a checked one is (by credit code, else by name), or null for a new one.
     * An import row updates it; a create refuses it.
     */
    public static Known sameAs(Checked c, Lookup stored) {
        Known byCode = c.creditCode() == null ? null : stored.byCreditCode(c.creditCode());
        return byCode != null ? byCode : stored.byNameKey(c.nameKey());
    }

    /**
     * What keeps the department from being stored as {@code self} (null for a new one): its name, credit
     * code or org belonging to another stored department, each named by its field.
     */
    public static List<FieldError> clashes(Checked c, String self, Lookup stored, String prefix) {
        String p = prefix == null ? "" : prefix;
        List<FieldError> errors = new ArrayList<>();
        Known byName = stored.byNameKey(c.nameKey());
        if (byName != null && !byName.id().equals(self)) {
            errors.add(new FieldError(p + "name", "已有同名部门"));
        }
        Known byCode = c.creditCode() == null ? null : stored.byCreditCode(c.creditCode());
        if (byCode != null && !byCode.id().equals(self)) {
            errors.add(new FieldError(p + "creditCode", "已是部门「" + byCode.name() + "」的统一社会信用代码"));
        }
        Known byOrg = c.org() == null ? null : stored.byOrg(c.org());
        if (byOrg != null && !byOrg.id().equals(self)) {
            errors.add(new FieldError(p + "org", "已是部门「" + byOrg.name() + "」的组织编码"));
        }
        return errors;
    }

    /** The items as stored: one per line, or null for none. */
    static String storeItems(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    static List<String> itemsOf(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
