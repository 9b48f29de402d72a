package org.smartjustice.supervision.internal.events;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;

/**
 * The rules of a grid event as the host sends it (docs/supervision.md, "Grid events"), without a
 * container: every invalid field collected and named ({@code place.lon}, {@code steps[2].at}), a valid
 * event turned into what is stored ({@link Checked}), and which of two versions wins.
 */
public final class EventRules {

    /** A host's codes (source, event id, grid, organisation): letters, digits and {@code . _ : -}. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");
    static final Pattern CATEGORY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,31}");
    static final Pattern PHONE = Pattern.compile("[0-9+()（）\\- ]{3,30}");
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_NAME = 100;
    static final int MAX_PERSON = 50;
    static final int MAX_RESULT = 2000;
    static final int MAX_STEPS = 100;
    static final String CODE_MESSAGE = "应为字母、数字和 . _ : -，至多 64 个字符";

    private EventRules() {
    }

    /** One step of the host's lifecycle: which, when (UTC) and by which unit. */
    public record Step(EventStep step, LocalDateTime at, String unit) {
    }

    /** A valid event, normalised, ready to store. Times are UTC. */
    public record Checked(String source, String eventId, long version, String categoryCode, String categoryName,
                          boolean categoryStandard, String title, String description, String street, String community,
                          String gridCode, Double lon, Double lat, LocalDateTime reportedAt, String reporterName,
                          String reporterPhone, List<Step> steps, EventStep state, String departmentName,
                          String departmentOrg, String result, Integer satisfaction, int returns, boolean overdue) {
    }

    /** What comparing an incoming version with the stored one means. */
    public enum Ordering { NEW, NEWER, SAME, OLDER }

    /** @param stored the stored version, or null when the event is not stored yet */
    public static Ordering order(Long stored, long incoming) {
        if (stored == null) {
            return Ordering.NEW;
        }
        return incoming > stored ? Ordering.NEWER : incoming == stored ? Ordering.SAME : Ordering.OLDER;
    }

    /**
     * Checks an event (the webhook's {@code data}, or the body of a {@code POST}); faults go to {@code errors}.
     *
     * @param defaultSource the source when the event names none (a webhook's sender), or null: then required
     * @return the event to store, or null when a field is invalid
     */
    public static Checked check(Map<String, Object> in, String defaultSource, GridCategories categories, List<FieldError> errors) {
        Validation v = new Validation();
        Fields f = new Fields(in, "", v);
        String source = f.text("source");
        if (source == null) {
            source = defaultSource;
        }
        v.required("source", source).matches("source", source, CODE, CODE_MESSAGE);
        String eventId = f.text("eventId");
        v.required("eventId", eventId).matches("eventId", eventId, CODE, CODE_MESSAGE);
        Long version = f.integer("version");
        v.required("version", version);
        v.check(version == null || version >= 1, "version", "应为正整数");

        Fields category = f.object("category");
        v.required("category", f.raw("category"));
        String categoryCode = null;
        String categoryName = null;
        boolean standard = false;
        if (category != null) {
            categoryCode = category.text("code");
            String givenName = category.text("name");
            v.required("category.code", categoryCode).matches("category.code", categoryCode, CATEGORY_CODE,
                    "应为类别代码：字母、数字和 . _ -，至多 32 个字符");
            v.maxLength("category.name", givenName, MAX_NAME).singleLine("category.name", givenName);
            GridCategories.Category known = categories.byCode(categoryCode);
            if (known != null) {
                standard = true;
                categoryName = known.name();
            } else if (categoryCode != null) {
                // Not in the national classification: the host's own category, taken only when it names it.
                v.check(givenName != null, "category.name", "代码 " + categoryCode
                        + " 不在国家标准（GB/T 47678.5）事件类别中：宿主自定义的类别须同时给出名称");
                categoryName = givenName;
            }
        }

        String title = f.text("title");
        v.required("title", title).maxLength("title", title, MAX_TITLE).singleLine("title", title);
        String description = f.text("description");
        v.maxLength("description", description, MAX_DESCRIPTION).plainText("description", description);

        Fields place = f.object("place");
        String street = null;
        String community = null;
        String grid = null;
        Double lon = null;
        Double lat = null;
        if (place != null) {
            street = place.text("street");
            community = place.text("community");
            grid = place.text("gridCode");
            v.maxLength("place.street", street, MAX_NAME).singleLine("place.street", street);
            v.maxLength("place.community", community, MAX_NAME).singleLine("place.community", community);
            v.matches("place.gridCode", grid, CODE, CODE_MESSAGE);
            lon = place.decimal("lon");
            lat = place.decimal("lat");
            v.check((lon == null) == (lat == null), lon == null ? "place.lon" : "place.lat", "经度和纬度须同时给出");
            v.range("place.lon", lon, -180, 180).range("place.lat", lat, -90, 90);
        }

        LocalDateTime reportedAt = f.time("reportedAt");
        v.required("reportedAt", f.raw("reportedAt"));

        Fields reporter = f.object("reporter");
        String reporterName = null;
        String reporterPhone = null;
        if (reporter != null) {
            reporterName = reporter.text("name");
            reporterPhone = reporter.text("phone");
            v.maxLength("reporter.name", reporterName, MAX_PERSON).singleLine("reporter.name", reporterName);
            v.matches("reporter.phone", reporterPhone, PHONE, "应为电话号码：数字、+、-、括号和空格，3 到 30 个字符");
        }

        List<Step> steps = steps(f, v, reportedAt);

        Fields department = f.object("department");
        String departmentName = null;
        String departmentOrg = null;
        if (department != null) {
            departmentName = department.text("name");
            departmentOrg = department.text("org");
            v.maxLength("department.name", departmentName, MAX_NAME).singleLine("department.name", departmentName);
            v.matches("department.org", departmentOrg, CODE, CODE_MESSAGE);
        }

        String result = f.text("result");
        v.maxLength("result", result, MAX_RESULT).plainText("result", result);
        Long satisfaction = f.integer("satisfaction");
        v.check(satisfaction == null || satisfaction >= 1 && satisfaction <= 5, "satisfaction",
                "应为 1 到 5 的整数（5 非常满意，1 非常不满意）");
        Long returns = f.integer("returns");
        v.check(returns == null || returns >= 0 && returns <= 1000, "returns", "应为 0 到 1000 的整数");
        Boolean overdue = f.bool("overdue");

        errors.addAll(v.errors());
        if (!v.isValid()) {
            return null;
        }
        EventStep state = steps.isEmpty() ? EventStep.REPORTED : steps.get(steps.size() - 1).step();
        return new Checked(source, eventId, version, categoryCode, categoryName, standard, title, description, street,
                community, grid, lon, lat, reportedAt, reporterName, reporterPhone, List.copyOf(steps), state,
                departmentName, departmentOrg, result, satisfaction == null ? null : satisfaction.intValue(),
                returns == null ? 0 : returns.intValue(), Boolean.TRUE.equals(overdue));
    }

    private static List<Step> steps(Fields f, Validation v, LocalDateTime reportedAt) {
        List<Step> steps = new ArrayList<>();
        if (!f.has("steps")) {
            return steps;
        }
        Object given = f.raw("steps");
        if (!(given instanceof List<?> list)) {
            v.check(false, "steps", "应为数组");
            return steps;
        }
        v.check(list.size() <= MAX_STEPS, "steps", "至多 " + MAX_STEPS + " 步");
        LocalDateTime previous = reportedAt;
        for (int i = 0; i < list.size() && i < MAX_STEPS; i++) {
            String p = "steps[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?>)) {
                v.check(false, p, "应为对象");
                continue;
            }
            @SuppressWarnings("unchecked")
            Fields s = new Fields((Map<String, Object>) list.get(i), p + ".", v);
            String name = s.text("step");
            EventStep step = EventStep.of(name);
            v.required(p + ".step", name);
            v.check(name == null || step != null, p + ".step", "应为 上报 受理 立案 派遣 处置 核查 结案 评价 之一（或其英文代码）");
            LocalDateTime at = s.time("at");
            v.required(p + ".at", s.raw("at"));
            String unit = s.text("unit");
            v.maxLength(p + ".unit", unit, MAX_NAME).singleLine(p + ".unit", unit);
            if (at != null && previous != null) {
                v.check(!at.isBefore(previous), p + ".at", "早于上报时间或前一步的时间：各步须按时间先后排列");
            }
            if (at != null) {
                previous = at;
            }
            if (step != null && at != null) {
                steps.add(new Step(step, at, unit));
            }
        }
        return steps;
    }

    /** The fields of one JSON object, each read as the type it must have; a wrong type is an error naming it. */
    private static final class Fields {
        private final Map<String, Object> map;
        private final String prefix;
        private final Validation v;

        Fields(Map<String, Object> map, String prefix, Validation v) {
            this.map = map == null ? Map.of() : map;
            this.prefix = prefix;
            this.v = v;
        }

        boolean has(String key) {
            return map.get(key) != null;
        }

        Object raw(String key) {
            return map.get(key);
        }

        /** Text, stripped; blank is none. */
        String text(String key) {
            Object o = map.get(key);
            if (o == null) {
                return null;
            }
            if (!(o instanceof String s)) {
                v.check(false, prefix + key, "应为文字");
                return null;
            }
            return Validation.blankToNull(s) == null ? null : s.strip();
        }

        Long integer(String key) {
            Object o = map.get(key);
            if (o == null) {
                return null;
            }
            if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
                return ((Number) o).longValue();
            }
            if (o instanceof BigInteger b && b.bitLength() < 63) {
                return b.longValue();
            }
            if (o instanceof BigDecimal d) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    // not a whole number in range
                }
            }
            v.check(false, prefix + key, "应为整数");
            return null;
        }

        Double decimal(String key) {
            Object o = map.get(key);
            if (o == null) {
                return null;
            }
            if (o instanceof Number n && Double.isFinite(n.doubleValue())) {
                return n.doubleValue();
            }
            v.check(false, prefix + key, "应为数值");
            return null;
        }

        Boolean bool(String key) {
            Object o = map.get(key);
            if (o == null) {
                return null;
            }
            if (o instanceof Boolean b) {
                return b;
            }
            v.check(false, prefix + key, "应为 true 或 false");
            return null;
        }

        /** An ISO-8601 time with its offset ({@code 2026-03-01T09:30:00+08:00}), as UTC. */
        LocalDateTime time(String key) {
            String t = text(key);
            if (t == null) {
                return null;
            }
            try {
                return UtcTimes.toUtc(OffsetDateTime.parse(t));
            } catch (DateTimeParseException e) {
                v.check(false, prefix + key, "应为带时区的 ISO-8601 时间，如 2026-03-01T09:30:00+08:00");
                return null;
            }
        }

        Fields object(String key) {
            Object o = map.get(key);
            if (o == null) {
                return null;
            }
            if (!(o instanceof Map<?, ?>)) {
                v.check(false, prefix + key, "应为对象");
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) o;
            return new Fields(inner, prefix + key + ".", v);
        }
    }
}
