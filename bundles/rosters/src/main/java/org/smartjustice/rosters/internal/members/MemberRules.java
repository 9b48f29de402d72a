package org.smartjustice.rosters.internal.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridRules;

/** What makes a member storable. Grid cells are looked up by the caller and passed in. */
public final class MemberRules {

    static final int MAX_GRIDS = 20;
    static final int MAX_LIST = 10;
    static final java.util.regex.Pattern MASKED_MOBILE = java.util.regex.Pattern.compile("1\\d{2}\\*{4}\\d{4}");
    static final java.util.regex.Pattern HOST_USER = java.util.regex.Pattern.compile("[^\\s\\p{Cntrl}]+");
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    static final Pattern WORK_PHONE = Pattern.compile("[0-9()（）+\\- ]{5,32}");

    private MemberRules() {
    }

    /** A checked member: the input, normalised, with its grid cells (primary first) and natural key. */
    /** @param keepMobile the input's mobile was a masked one (an exported sheet): the stored number stays */
    public record Checked(MemberInput input, List<RosterRole> roles, List<Duty> duties, List<GridCellEntity> grids,
                          String mobile, boolean keepMobile, String naturalKey) {
    }

    /**
     * @param known the tenant's grid cells among those the input names, by code
     * @return the checked member, or null with the reasons added to {@code errors}
     */
    public static Checked check(String tenant, MemberInput in, Map<String, GridCellEntity> known, String p,
                                List<FieldError> errors) {
        Validation v = new Validation().required(p + "name", in.name());
        v.maxLength(p + "name", in.name(), 50).singleLine(p + "name", in.name()).nothingPersonal(p + "name", in.name());
        visible(v, p + "name", in.name());
        v.check(in.roles() == null || in.roles().size() <= MAX_LIST, p + "roles", "至多 " + MAX_LIST + " 项")
                .check(in.duties() == null || in.duties().size() <= MAX_LIST, p + "duties", "至多 " + MAX_LIST + " 项");
        List<RosterRole> roles = distinct(in.roles());
        v.check(!roles.isEmpty(), p + "roles", "至少一个角色，可选：" + org.smartjustice.platform.api.Titled.choices(RosterRole.class));
        v.check(!hasNull(in.roles()), p + "roles", "不能含 null");
        List<Duty> duties = in.duties() == null || in.duties().isEmpty() ? defaultDuties(roles) : distinct(in.duties());
        v.check(!hasNull(in.duties()), p + "duties", "不能含 null");
        List<GridCellEntity> grids = grids(tenant, in, known, p, v);
        String mobile = in.mobile() == null || in.mobile().isBlank() ? null : in.mobile().strip();
        boolean keepMobile = mobile != null && MASKED_MOBILE.matcher(mobile).matches();
        if (keepMobile) {
            // A masked number from an export: the stored one stays.
            mobile = null;
        }
        if (mobile != null) {
            v.check(PhoneNumbers.isMobile(mobile), p + "mobile", "应为 11 位手机号码");
            mobile = mobile.replaceAll("[\\s-]", "");
            mobile = mobile.length() > 11 ? mobile.substring(mobile.length() - 11) : mobile;
        }
        if (in.workPhone() != null && !in.workPhone().isBlank()) {
            v.check(WORK_PHONE.matcher(in.workPhone().strip()).matches(), p + "workPhone", "应为电话号码，如 0371-67890000");
            // The work phone is public (contacts): a personal mobile belongs in mobile, which is masked.
            v.check(!PhoneNumbers.isMobile(in.workPhone().strip())
                            && !org.smartjustice.platform.api.identifiers.PersonalData.containsMobileOrIdNumber(in.workPhone()),
                    p + "workPhone", "办公电话会公开显示，不能填写手机号码；手机号码请填在 mobile（脱敏保存）");
        }
        v.maxLength(p + "hostUserId", in.hostUserId(), 128).plainText(p + "hostUserId", in.hostUserId());
        v.check(in.hostUserId() == null || in.hostUserId().isBlank() || HOST_USER.matcher(in.hostUserId().strip()).matches(),
                p + "hostUserId", "不能含空白或控制字符");
        v.maxLength(p + "unitName", in.unitName(), 100).singleLine(p + "unitName", in.unitName()).nothingPersonal(p + "unitName", in.unitName());
        if (in.statusSince() != null) {
            v.check(!in.statusSince().isBefore(EARLIEST) && !in.statusSince().isAfter(LocalDate.now(UtcTimes.DISPLAY_ZONE).plusYears(1)),
                    p + "statusSince", "应在 1949-10-01 与一年以后之间");
        }
        v.check(in.unitVenueId() == null || in.unitVenueId().length() <= 36, p + "unitVenueId", "不是阵地编号");
        v.maxLength(p + "certificateNo", in.certificateNo(), 64).plainText(p + "certificateNo", in.certificateNo());
        v.check(in.certificateNo() == null || in.certificateNo().isBlank() || roles.contains(RosterRole.LEGAL_AWARE_RESIDENT),
                p + "certificateNo", "只有法律明白人有证书编号");
        errors.addAll(v.errors());
        if (!v.isValid()) {
            return null;
        }
        return new Checked(in, roles, duties, grids, mobile, keepMobile, naturalKey(in, mobile, grids));
    }

    /** Text that shows something: not only blanks, zero-width or format characters. */
    private static void visible(Validation v, String field, String value) {
        v.check(value == null || value.isBlank() || value.codePoints().anyMatch(Character::isLetterOrDigit), field,
                "应含文字");
    }

    /** Immutable lists refuse to be asked whether they hold null. */
    private static boolean hasNull(List<?> values) {
        return values != null && values.stream().anyMatch(java.util.Objects::isNull);
    }

    /** The values without nulls and repeats, in their order. */
    private static <E> List<E> distinct(List<E> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<E> seen = new LinkedHashSet<>();
        for (E e : values) {
            if (e != null) {
                seen.add(e);
            }
        }
        return List.copyOf(seen);
    }

    private static List<GridCellEntity> grids(String tenant, MemberInput in, Map<String, GridCellEntity> known, String p,
                                              Validation v) {
        List<String> codes = in.grids() == null ? List.of() : in.grids();
        if (codes.isEmpty()) {
            v.check(in.primaryGrid() == null || in.primaryGrid().isBlank(), p + "primaryGrid", "不在 grids 之中");
            return List.of();
        }
        if (GridRules.CITY.equals(tenant)) {
            v.check(false, p + "grids", "市级租户（郑州市）的成员不设网格");
            return List.of();
        }
        v.check(codes.size() <= MAX_GRIDS, p + "grids", "至多 " + MAX_GRIDS + " 个网格");
        Set<String> seen = new LinkedHashSet<>();
        List<GridCellEntity> found = new ArrayList<>();
        for (int i = 0; i < codes.size() && i < MAX_GRIDS; i++) {
            String code = codes.get(i) == null ? null : codes.get(i).strip();
            GridCellEntity g = code == null ? null : known.get(code);
            if (g == null) {
                v.check(false, p + "grids[" + i + "]", code == null ? "不能为 null" : "本区县没有编码为 " + ProblemException.shownId(code) + " 的网格");
            } else if (seen.add(code)) {
                found.add(g);
            }
        }
        String primary = in.primaryGrid() == null || in.primaryGrid().isBlank() ? null : in.primaryGrid().strip();
        if (primary != null) {
            GridCellEntity first = found.stream().filter(g -> g.code.equals(primary)).findFirst().orElse(null);
            v.check(first != null, p + "primaryGrid", "不在 grids 之中");
            if (first != null) {
                found.remove(first);
                found.add(0, first);
            }
        }
        return found;
    }

    /**
     * Who the member is across imports: the host user id, else the mobile, else the name in the
     * primary grid. Importing the same sheet twice therefore changes nothing.
     */
    static String naturalKey(MemberInput in, String mobile, List<GridCellEntity> grids) {
        if (in.hostUserId() != null && !in.hostUserId().isBlank()) {
            return "u:" + in.hostUserId().strip();
        }
        if (mobile != null) {
            return "m:" + mobile;
        }
        String key = "n:" + in.name().strip() + "|" + (grids.isEmpty() ? "-" : grids.get(0).code);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** The duties a role usually takes in the grid (the plan's 任务 per role). */
    public static List<Duty> defaultDuties(List<RosterRole> roles) {
        Set<Duty> duties = EnumSet.noneOf(Duty.class);
        for (RosterRole r : roles) {
            if (r == null) {
                continue;
            }
            switch (r) {
                case BUREAU_LEAD, JUSTICE_OFFICE_HEAD -> duties.addAll(EnumSet.allOf(Duty.class));
                case LEGAL_EDUCATION_LIAISON -> duties.add(Duty.LEGAL_EDUCATION);
                case NOTARY_OFFICE_HEAD, LEGAL_AID_CENTER_HEAD -> duties.addAll(List.of(Duty.LEGAL_CONSULTATION, Duty.LEGAL_SERVICES));
                case LEGAL_AWARE_RESIDENT -> duties.addAll(List.of(Duty.LEGAL_EDUCATION, Duty.RISK_SCREENING,
                        Duty.DISPUTE_RESOLUTION));
                case COMMUNITY_LEGAL_ADVISER -> duties.addAll(List.of(Duty.LEGAL_CONSULTATION, Duty.LEGAL_SERVICES,
                        Duty.LEGAL_EDUCATION));
                case MEDIATOR -> duties.addAll(List.of(Duty.DISPUTE_RESOLUTION, Duty.RISK_SCREENING));
            }
        }
        return List.copyOf(duties);
    }
}
