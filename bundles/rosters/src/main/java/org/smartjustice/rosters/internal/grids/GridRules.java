package org.smartjustice.rosters.internal.grids;

import java.util.List;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.rosters.internal.Points;

/** What makes a grid cell storable: a code of the host's form, a name, a community of the district. */
public final class GridRules {

    /** The host's own codes: letters, digits, {@code -} and {@code _}; 15 digits in 郑州's platform. */
    public static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");
    public static final String CITY = org.smartjustice.platform.api.Tenant.CITY;
    static final int MAX_NAME = 100;

    private final Divisions divisions;

    public GridRules(Divisions divisions) {
        this.divisions = divisions;
    }

    public record Checked(String code, String name, Division community, LonLat wgs84) {
    }

    /** The checked cell, or null with the reasons added to {@code errors} (fields prefixed by {@code p}). */
    public Checked check(String tenant, GridInput in, String p, List<FieldError> errors) {
        Validation v = new Validation().required(p + "code", in.code()).required(p + "name", in.name())
                .required(p + "communityCode", in.communityCode());
        String code = in.code() == null ? null : in.code().strip();
        if (code != null && !code.isEmpty()) {
            v.check(CODE.matcher(code).matches(), p + "code", "应为 1–32 位字母、数字、- 或 _（宿主平台的网格编码）");
        }
        v.maxLength(p + "name", in.name(), MAX_NAME).plainText(p + "name", in.name());
        Division community = community(tenant, in.communityCode(), p, v);
        CoordinateSystem crs = CoordinateSystem.WGS84;
        if (in.crs() != null && !in.crs().isBlank()) {
            try {
                crs = CoordinateSystem.parse(in.crs());
            } catch (IllegalArgumentException e) {
                v.check(false, p + "crs", e.getMessage());
            }
        }
        LonLat point = Points.optional(divisions, tenant, in.lon(), in.lat(), crs, p, v);
        errors.addAll(v.errors());
        return v.isValid() ? new Checked(code, in.name().strip(), community, point) : null;
    }

    private Division community(String tenant, String code, String p, Validation v) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (CITY.equals(tenant)) {
            v.check(false, p + "communityCode", "市级租户（郑州市）不设网格：网格属于区县");
            return null;
        }
        Division d = divisions.find(code.strip()).filter(x -> x.level() == DivisionLevel.COMMUNITY).orElse(null);
        if (d == null) {
            v.check(false, p + "communityCode", "应为 12 位社区（村）统计用区划代码");
            return null;
        }
        if (!divisions.isWithin(d.code(), divisions.areaOf(tenant).code())) {
            v.check(false, p + "communityCode", d.name() + "（" + d.code() + "）不属于本区县");
            return null;
        }
        return d;
    }
}
