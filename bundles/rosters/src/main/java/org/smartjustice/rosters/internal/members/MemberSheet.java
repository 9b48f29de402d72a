package org.smartjustice.rosters.internal.members;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.smartjustice.platform.api.Titled;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;

/**
 * The members spreadsheet, as imports read it and exports write it: lists (roles, duties, grid
 * cells) separated by 、 or commas, roles and duties by their Chinese titles or codes.
 */
public final class MemberSheet {

    static final String NAME = "姓名";
    static final String ROLES = "角色";
    static final String DUTIES = "职责";
    static final String GRIDS = "网格编码";
    static final String UNIT = "工作单位";
    static final String UNIT_VENUE = "单位阵地编号";
    static final String MOBILE = "手机号码";
    static final String WORK_PHONE = "办公电话";
    static final String HOST_USER = "宿主用户ID";
    static final String STATUS = "状态";
    static final String STATUS_SINCE = "状态日期";
    static final String CERTIFICATE = "法律明白人证书编号";
    static final String LISTED = "同意公开";

    static final SheetTemplate TEMPLATE = new SheetTemplate("队伍成员", List.of(
            new SheetColumn(NAME, "王某某", Format.GENERAL),
            new SheetColumn(ROLES, "调解员、法律明白人", Format.GENERAL),
            new SheetColumn(DUTIES, "矛盾纠纷化解、全民普法", Format.GENERAL),
            new SheetColumn(GRIDS, "410102001002001、410102001002002", Format.TEXT),
            new SheetColumn(UNIT, "林山寨街道司法所", Format.GENERAL),
            new SheetColumn(UNIT_VENUE, "", Format.TEXT),
            new SheetColumn(MOBILE, "13800000000", Format.TEXT),
            new SheetColumn(WORK_PHONE, "0371-67890000", Format.TEXT),
            new SheetColumn(HOST_USER, "u-10001", Format.TEXT),
            new SheetColumn(STATUS, "在岗", Format.GENERAL),
            new SheetColumn(STATUS_SINCE, "2026-01-01", Format.TEXT),
            new SheetColumn(CERTIFICATE, "", Format.TEXT),
            new SheetColumn(LISTED, "是", Format.GENERAL)));

    private MemberSheet() {
    }

    /**
     * The import of members: the same host user, mobile, or name in the same primary grid cell is the
     * same member ({@link MemberRules.Checked#naturalKey}).
     */
    public static SheetImport<MemberRules.Checked, MemberEntity> definition(MemberService members, IntSupplier maxRows) {
        return SheetImport.<MemberRules.Checked, MemberEntity>of("rosters.members-import", TEMPLATE).target("members/imports")
                .templateFile("members-template").nameColumn(NAME)
                .sameWhen(MemberRules.Checked::naturalKey, c -> "name", "重复")
                .storedBy(members::upsert, MemberEntity::id, c -> c.input().name()).maxRows(maxRows);
    }

    static MemberInput toInput(Map<String, String> row, List<FieldError> errors) {
        return new MemberInput(row.get(NAME), enums(RosterRole.class, row.get(ROLES), "roles", errors),
                enums(Duty.class, row.get(DUTIES), "duties", errors), list(row.get(GRIDS)), null, row.get(UNIT),
                row.get(UNIT_VENUE), row.get(MOBILE), row.get(WORK_PHONE), row.get(HOST_USER), status(row.get(STATUS), errors),
                date(row.get(STATUS_SINCE), errors), row.get(CERTIFICATE), yes(row.get(LISTED), errors), null);
    }

    /** A member as a row of the template, the mobile masked unless {@code unmasked}. */
    static List<String> row(MemberEntity m, boolean unmasked) {
        return Arrays.asList(m.name,
                MemberService.roles(m).stream().map(RosterRole::title).collect(Collectors.joining("、")),
                MemberService.duties(m).stream().map(Duty::title).collect(Collectors.joining("、")),
                String.join("、", MemberService.gridCodes(m)), m.unitName, m.unitVenueId,
                unmasked ? m.mobile : PhoneNumbers.mask(m.mobile), m.workPhone, m.hostUserId, m.status.title(),
                m.statusSince == null ? null : m.statusSince.toString(), m.certificateNo, m.listed ? "是" : "否");
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[、,，;；/\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, String cell, String field, List<FieldError> errors) {
        List<E> values = new ArrayList<>();
        for (String item : list(cell)) {
            try {
                values.add(Titled.parse(type, item));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, e.getMessage()));
            }
        }
        return values;
    }

    private static MemberStatus status(String cell, List<FieldError> errors) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return Titled.parse(MemberStatus.class, cell);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", e.getMessage()));
            return null;
        }
    }

    private static LocalDate date(String cell, List<FieldError> errors) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(cell.strip().replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("statusSince", "应为日期，如 2026-01-01"));
            return null;
        }
    }

    private static Boolean yes(String cell, List<FieldError> errors) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String v = cell.strip();
        if (List.of("是", "同意", "Y", "y", "yes", "true", "1").contains(v)) {
            return true;
        }
        if (List.of("否", "不同意", "N", "n", "no", "false", "0").contains(v)) {
            return false;
        }
        errors.add(new FieldError("listed", "应为 是 或 否"));
        return null;
    }
}
