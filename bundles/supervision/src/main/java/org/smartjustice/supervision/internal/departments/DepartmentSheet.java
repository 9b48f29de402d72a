package org.smartjustice.supervision.internal.departments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

import org.smartjustice.platform.api.Titled;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.RowChecker;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Table;

/**
 * The departments spreadsheet, as imports read it and exports write it (an export imports again):
 * kinds and states by their Chinese titles or codes, responsibility items separated by 「；」.
 */
public final class DepartmentSheet {

    static final String NAME = "名称";
    static final String SHORT_NAME = "简称";
    static final String KIND = "类型";
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String ORG = "宿主组织编码";
    static final String DOMAINS = "执法领域";
    static final String RESPONSIBILITIES = "普法责任事项";
    static final String SOURCE = "信息来源";
    static final String VERIFIED = "已核实";
    static final String STATUS = "状态";

    /** The example row is synthetic and says so; it has no credit code (none is invented). */
    public static final SheetTemplate TEMPLATE = new SheetTemplate("部门导入模板", List.of(
            new SheetColumn(NAME, "示例市场监督管理局（合成数据）", Format.GENERAL),
            new SheetColumn(SHORT_NAME, "示例市场监管局", Format.GENERAL),
            new SheetColumn(KIND, DepartmentKind.GOVERNMENT_DEPARTMENT.title(), Format.GENERAL),
            new SheetColumn(CREDIT_CODE, "", Format.TEXT),
            new SheetColumn(ORG, "DEMO-SCJG", Format.TEXT),
            new SheetColumn(DOMAINS, "食品安全、价格监管（示例）", Format.GENERAL),
            new SheetColumn(RESPONSIBILITIES, "食品安全法律法规宣传；价格法律法规宣传", Format.GENERAL),
            new SheetColumn(SOURCE, "合成的示例数据，导入前请删除本行", Format.GENERAL),
            new SheetColumn(VERIFIED, "是", Format.GENERAL),
            new SheetColumn(STATUS, DepartmentStatus.ACTIVE.title(), Format.GENERAL)));

    private DepartmentSheet() {
    }

    /**
     * The departments import: two rows of one file with the same name are one department (the later
     * is refused, naming its row); a row updates the stored department with its credit code, else its name.
     */
    public static SheetImport<DepartmentRules.Checked, DepartmentEntity> definition(DepartmentService service,
                                                                                  IntSupplier maxRows) {
        return SheetImport.<DepartmentRules.Checked, DepartmentEntity>of("supervision.departments-import", TEMPLATE)
                .target("departments/imports").templateFile("departments-template").nameColumn(NAME)
                .sameWhen(DepartmentRules.Checked::nameKey, c -> "name", "重复（同名部门）")
                .storedBy(service::upsert, DepartmentEntity::id, DepartmentRules.Checked::name).maxRows(maxRows);
    }

    /** A row read as input, with the faults of cells that could not even be read (an unknown kind). */
    public record Parsed(DepartmentInput input, List<FieldError> faults) {
    }

    /**
     * The check of the rows of one file (or list): each row's fields, then what it would clash with
     * among the stored departments and the earlier rows (a credit code or org code that two
     * departments would share), each fault naming its field.
     *
     * @param rowNumber a row's number as the user sees it, by its index
     */
    public static <R> RowChecker<R, DepartmentRules.Checked> checker(DepartmentRules.Lookup stored,
                                                                     Function<R, Parsed> parse, IntUnaryOperator rowNumber) {
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> orgs = new HashMap<>();
        return (row, i, errors) -> {
            Parsed parsed = parse.apply(row);
            errors.addAll(parsed.faults());
            List<FieldError> rules = new ArrayList<>();
            DepartmentRules.Checked c = DepartmentRules.check(parsed.input(), "", null, rules);
            // A cell that could not be read is reported once, as what it was, not also as missing.
            Set<String> unread = parsed.faults().stream().map(FieldError::field).collect(Collectors.toSet());
            rules.stream().filter(e -> !unread.contains(e.field())).forEach(errors::add);
            if (c == null || !parsed.faults().isEmpty()) {
                return null;
            }
            DepartmentRules.Known same = DepartmentRules.sameAs(c, stored);
            List<FieldError> clashes = DepartmentRules.clashes(c, same == null ? null : same.id(), stored, "");
            errors.addAll(clashes);
            Integer codeRow = c.creditCode() == null ? null : codes.putIfAbsent(c.creditCode(), rowNumber.applyAsInt(i));
            if (codeRow != null) {
                errors.add(new FieldError("creditCode", "与第 " + codeRow + " 行的统一社会信用代码相同"));
            }
            Integer orgRow = c.org() == null ? null : orgs.putIfAbsent(c.org(), rowNumber.applyAsInt(i));
            if (orgRow != null) {
                errors.add(new FieldError("org", "与第 " + orgRow + " 行的组织编码相同"));
            }
            return clashes.isEmpty() && codeRow == null && orgRow == null ? c : null;
        };
    }

    /** The checker of a spreadsheet's rows. */
    public static RowChecker<Map<String, String>, DepartmentRules.Checked> checker(DepartmentRules.Lookup stored, Table table) {
        return checker(stored, DepartmentSheet::parse, i -> table.rowNumbers().get(i));
    }

    static Parsed parse(Map<String, String> row) {
        List<FieldError> faults = new ArrayList<>();
        DepartmentInput in = toInput(row, faults);
        return new Parsed(in, faults);
    }

    /** A row by header as input; cells that cannot be read (an unknown kind) go to {@code errors}. */
    public static DepartmentInput toInput(Map<String, String> row, List<FieldError> errors) {
        return new DepartmentInput(cell(row, NAME), cell(row, SHORT_NAME),
                titled(DepartmentKind.class, cell(row, KIND), "kind", errors), cell(row, CREDIT_CODE), cell(row, ORG),
                cell(row, DOMAINS), items(cell(row, RESPONSIBILITIES)), cell(row, SOURCE), yes(cell(row, VERIFIED), errors),
                titled(DepartmentStatus.class, cell(row, STATUS), "status", errors), null);
    }

    /** A department as a row of the template. */
    static List<String> row(DepartmentEntity d) {
        return Arrays.asList(d.name, d.shortName, d.kind.title(), d.creditCode, d.orgCode, d.enforcementDomains,
                String.join("；", DepartmentRules.itemsOf(d.responsibilities)), d.source, d.verified ? "是" : "否",
                d.status.title());
    }

    static List<String> items(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return Arrays.stream(cell.split("[；;\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(Map<String, String> row, String header) {
        String value = row.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E titled(Class<E> type, String cell, String field, List<FieldError> errors) {
        if (cell == null) {
            return null;
        }
        try {
            return Titled.parse(type, cell);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    static Boolean yes(String cell, List<FieldError> errors) {
        if (cell == null) {
            return null;
        }
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> true;
            case "否", "no", "n", "false", "0" -> false;
            default -> {
                errors.add(new FieldError("verified", "应为 是 或 否"));
                yield null;
            }
        };
    }
}
