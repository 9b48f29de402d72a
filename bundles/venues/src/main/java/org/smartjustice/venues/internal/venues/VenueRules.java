package org.smartjustice.venues.internal.venues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.divisions.Bounds;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.identifiers.CreditCode;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.venues.api.VenueType;

/**
 * Checks a venue against the data rules before anything is stored, collecting every invalid
 * field, and turns a valid input into its normalised form (WGS-84, upper-case credit code, ...).
 */
public final class VenueRules {

    static final Pattern STREET = Pattern.compile("[0-9]{9}");
    static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,32}");
    static final int MAX_SERVICES = 20;
    /** Width of the column the services are stored in, one per line. */
    static final int SERVICES_COLUMN = 1000;

    private final Divisions divisions;

    public VenueRules(Divisions divisions) {
        this.divisions = divisions;
    }

    /** A valid venue, ready to store. */
    public record Checked(VenueInput input, LonLat wgs84, String creditCode, boolean creditCodeOverridden, String naturalKey) {
    }

    /** Validates for the tenant; field names are prefixed (e.g. {@code rows[3].}) for imports. */
    public Checked check(String tenant, VenueInput in, String prefix, List<FieldError> errors) {
        Validation v = new Validation();
        String p = prefix == null ? "" : prefix;
        v.required(p + "type", in.type());
        if (in.type() == VenueType.PUBLIC_LEGAL_SERVICE_CENTER) {
            v.required(p + "level", in.level());
        } else {
            v.check(in.level() == null, p + "level", "只有公共法律服务中心有层级");
        }
        v.required(p + "name", in.name()).maxLength(p + "name", in.name(), 100);
        v.required(p + "address", in.address()).maxLength(p + "address", in.address(), 200);
        v.required(p + "streetCode", in.streetCode())
                .matches(p + "streetCode", in.streetCode(), STREET, "应为 9 位乡镇（街道）区划代码");
        if (in.streetCode() != null && STREET.matcher(in.streetCode()).matches()) {
            v.check(isStreetOf(tenant, in.streetCode()), p + "streetCode", "不是本区县的乡镇（街道）");
        }
        v.maxLength(p + "community", in.community(), 100).maxLength(p + "gridCode", in.gridCode(), 32);
        v.maxLength(p + "phone", in.phone(), 32).matches(p + "phone", in.phone(), PHONE, "电话号码格式不正确");
        v.maxLength(p + "contactPerson", in.contactPerson(), 50);
        v.maxLength(p + "contactPhone", in.contactPhone(), 32)
                .matches(p + "contactPhone", in.contactPhone(), PHONE, "电话号码格式不正确");
        v.maxLength(p + "openingHours", in.openingHours(), 100).maxLength(p + "description", in.description(), 2000);
        List<String> services = in.services() == null ? List.of() : in.services();
        v.check(services.size() <= MAX_SERVICES, p + "services", "最多 " + MAX_SERVICES + " 项");
        for (int i = 0; i < services.size(); i++) {
            v.required(p + "services[" + i + "]", services.get(i)).maxLength(p + "services[" + i + "]", services.get(i), 50);
        }
        publicText(v, p, in);
        if (services.stream().allMatch(Objects::nonNull)) {
            String stored = storeServices(services);
            v.check(stored == null || stored.length() <= SERVICES_COLUMN, p + "services",
                    "合计最多 " + SERVICES_COLUMN + " 个字符（含分隔）");
        }
        LonLat wgs84 = location(tenant, in, p, v);
        String credit = creditCode(in, p, v);
        errors.addAll(v.errors());
        if (!v.isValid()) {
            return null;
        }
        boolean overridden = credit != null && !CreditCode.isValid(credit);
        return new Checked(in, wgs84, credit, overridden, naturalKey(in, credit));
    }

    /**
     * What the public map and 郑连心 show of a venue carries no mobile or identity number, in any form:
     * a person's mobile belongs in contactPhone, which is masked.
     */
    private static void publicText(Validation v, String p, VenueInput in) {
        v.nothingPersonal(p + "name", in.name())
                .nothingPersonal(p + "address", in.address()).nothingPersonal(p + "community", in.community())
                .nothingPersonal(p + "openingHours", in.openingHours());
        if (org.smartjustice.platform.api.identifiers.PersonalData.containsMobileOrIdNumber(in.phone())) {
            v.check(false, p + "phone", "机构电话会公开显示，不能填写手机号码；联系人的手机号码请填在联系人电话（脱敏显示）");
        }
        List<String> services = in.services() == null ? List.of() : in.services();
        for (int i = 0; i < services.size(); i++) {
            v.nothingPersonal(p + "services[" + i + "]", services.get(i));
        }
    }

    private LonLat location(String tenant, VenueInput in, String p, Validation v) {
        v.required(p + "lon", in.lon()).required(p + "lat", in.lat());
        CoordinateSystem crs = CoordinateSystem.WGS84;
        if (in.crs() != null && !in.crs().isBlank()) {
            try {
                crs = CoordinateSystem.parse(in.crs());
            } catch (IllegalArgumentException e) {
                v.check(false, p + "crs", e.getMessage());
                return null;
            }
        }
        if (in.lon() == null || in.lat() == null) {
            return null;
        }
        Validation range = new Validation().range(p + "lon", in.lon(), -180, 180).range(p + "lat", in.lat(), -90, 90);
        v.addAll(range.errors());
        if (!range.isValid()) {
            return null;
        }
        LonLat wgs84 = CoordinateConverter.convert(new LonLat(in.lon(), in.lat()), crs, CoordinateSystem.WGS84);
        Bounds b = divisions.areaOf(tenant).bounds();
        if (!b.contains(wgs84.lon(), wgs84.lat())) {
            v.check(false, p + "lon", String.format(Locale.ROOT, "位置不在本区县范围内（经度 %.2f–%.2f，纬度 %.2f–%.2f，WGS-84）",
                    b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
        }
        return wgs84;
    }

    /** A street of the ground the tenant covers (any street of the city for a tenant without a division code). */
    private boolean isStreetOf(String tenant, String streetCode) {
        return divisions.find(streetCode).filter(d -> d.level() == DivisionLevel.STREET).isPresent()
                && divisions.isWithin(streetCode, divisions.areaOf(tenant).code());
    }

    private static String creditCode(VenueInput in, String p, Validation v) {
        String code = in.creditCode() == null || in.creditCode().isBlank() ? null : CreditCode.normalise(in.creditCode());
        if (code == null) {
            v.check(in.type() == null || !in.type().requiresCreditCode(), p + "creditCode",
                    in.type() == null ? "必填" : in.type().title() + "必须填写统一社会信用代码");
            return null;
        }
        CreditCode.problem(code).ifPresent(reason -> {
            boolean onlyCheckCharacter = code.length() == 18 && reason.startsWith("校验码");
            // Real registers hold codes that fail the check character; an explicit, audited override keeps them.
            if (!(onlyCheckCharacter && in.overridesCreditCode())) {
                v.check(false, p + "creditCode", reason + (onlyCheckCharacter ? "（如确认无误，可设置 creditCodeOverride=true）" : ""));
            }
        });
        return code;
    }

    /** The identity of a venue across imports: its credit code, else type + name + street. */
    static String naturalKey(VenueInput in, String creditCode) {
        if (creditCode != null) {
            return "cc:" + creditCode;
        }
        String name = in.name() == null ? "" : in.name().replaceAll("\\s+", "");
        return "n:" + in.type() + "|" + name + "|" + in.streetCode();
    }

    static List<String> servicesOf(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return List.of(stored.split("\n"));
    }

    static String storeServices(List<String> services) {
        if (services == null || services.isEmpty()) {
            return null;
        }
        List<String> trimmed = new ArrayList<>();
        services.forEach(s -> trimmed.add(s.trim()));
        return String.join("\n", trimmed);
    }
}
