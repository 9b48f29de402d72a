package org.smartjustice.supervision.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;

class EventRulesTest {

    static Map<String, Object> event() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", "zz-grid");
        e.put("eventId", "ZY-2026-000123");
        e.put("version", 3);
        e.put("category", new HashMap<>(Map.of("code", "06001", "name", "私搭乱建")));
        e.put("title", "人行道上私搭棚子");
        e.put("description", "某路口东北角人行道上搭建彩钢棚");
        e.put("place", new HashMap<>(Map.of("street", "大学路街道", "community", "某社区", "gridCode", "410102001001",
                "lon", 113.62, "lat", new BigDecimal("34.75"))));
        e.put("reportedAt", "2026-03-01T09:30:00+08:00");
        e.put("reporter", Map.of("name", "张三", "phone", "13812345678"));
        e.put("steps", List.of(Map.of("step", "上报", "at", "2026-03-01T09:30:00+08:00", "unit", "网格员"),
                Map.of("step", "受理", "at", "2026-03-01T10:00:00+08:00", "unit", "区网格中心"),
                Map.of("step", "DISPATCHED", "at", "2026-03-01T10:05:00+08:00", "unit", "区网格中心")));
        e.put("department", Map.of("name", "中原区城市管理局", "org", "ZY-CG"));
        e.put("result", "已拆除");
        e.put("satisfaction", 4);
        e.put("returns", 1);
        e.put("overdue", true);
        return e;
    }

    static List<FieldError> errors(Map<String, Object> e) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(EventRules.check(e, null, GridCategories.national(), errors));
        return errors;
    }

    static boolean names(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(f -> f.field().equals(field));
    }

    @Test
    void aFullEventIsCheckedAndNormalised() {
        List<FieldError> errors = new ArrayList<>();
        EventRules.Checked c = EventRules.check(event(), null, GridCategories.national(), errors);
        assertNotNull(c, errors.toString());
        assertEquals("zz-grid", c.source());
        assertEquals(3, c.version());
        assertEquals("私搭乱建", c.categoryName());
        assertTrue(c.categoryStandard());
        assertEquals(LocalDateTime.of(2026, 3, 1, 1, 30), c.reportedAt());
        assertEquals(3, c.steps().size());
        assertEquals(EventStep.DISPATCHED, c.state());
        assertEquals(34.75, c.lat());
        assertEquals(4, c.satisfaction());
        assertEquals(1, c.returns());
        assertTrue(c.overdue());
        assertEquals("13812345678", c.reporterPhone());
    }

    @Test
    void theMinimumIsAnIdAVersionACategoryATitleAndATime() {
        Map<String, Object> e = new HashMap<>(Map.of("eventId", "E1", "version", 1, "category", Map.of("code", "09"),
                "title", "占道经营", "reportedAt", "2026-03-01T09:30:00Z"));
        List<FieldError> errors = new ArrayList<>();
        EventRules.Checked c = EventRules.check(e, "webhook-sender", GridCategories.national(), errors);
        assertNotNull(c, errors.toString());
        assertEquals("webhook-sender", c.source(), "a webhook's sender is the default source");
        assertEquals("街面秩序类", c.categoryName());
        assertEquals(EventStep.REPORTED, c.state());
        assertFalse(c.overdue());
        assertEquals(0, c.returns());
        assertTrue(names(errors(new HashMap<>(Map.of())), "source"), "without a sender, source is required");
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> e = event();
        e.put("eventId", "有 空格");
        e.put("version", 0);
        e.put("title", "");
        e.put("reportedAt", "2026-03-01 09:30");
        ((Map<String, Object>) e.get("place")).put("lon", 200);
        e.put("reporter", Map.of("phone", "call me"));
        e.put("satisfaction", 6);
        e.put("returns", -1);
        e.put("overdue", "yes");
        e.put("department", Map.of("org", "部门"));
        List<FieldError> errors = errors(e);
        for (String field : List.of("eventId", "version", "title", "reportedAt", "place.lon", "reporter.phone", "satisfaction",
                "returns", "overdue", "department.org")) {
            assertTrue(names(errors, field), field + " in " + errors);
        }
    }

    @Test
    void wrongTypesAreNamedNotCast() {
        Map<String, Object> e = event();
        e.put("version", "3");
        e.put("title", 7);
        e.put("category", "06001");
        e.put("place", Map.of("lon", "113.6", "lat", 34.7));
        e.put("version", 2.5);
        List<FieldError> errors = errors(e);
        for (String field : List.of("version", "title", "category", "place.lon")) {
            assertTrue(names(errors, field), field + " in " + errors);
        }
        Map<String, Object> half = event();
        half.put("place", Map.of("lon", 113.6));
        assertTrue(names(errors(half), "place.lat"));
    }

    @Test
    void stepsAreKnownTimedAndInOrder() {
        Map<String, Object> e = event();
        e.put("steps", List.of(Map.of("step", "上报", "at", "2026-03-01T09:30:00+08:00"),
                Map.of("step", "转办", "at", "2026-03-01T10:00:00+08:00"),
                Map.of("step", "结案", "at", "2026-03-01T09:00:00+08:00"),
                Map.of("step", "评价"), "派遣"));
        List<FieldError> errors = errors(e);
        assertTrue(names(errors, "steps[1].step"), errors.toString());
        assertTrue(names(errors, "steps[2].at"), "before the previous step: " + errors);
        assertTrue(names(errors, "steps[3].at"), errors.toString());
        assertTrue(names(errors, "steps[4]"), errors.toString());
        Map<String, Object> notList = event();
        notList.put("steps", "上报");
        assertTrue(names(errors(notList), "steps"));
    }

    @Test
    void aCodeOutsideTheNationalListNeedsTheHostsName() {
        Map<String, Object> e = event();
        e.put("category", Map.of("code", "ZZ-MDJF"));
        List<FieldError> errors = errors(e);
        assertTrue(names(errors, "category.name"), errors.toString());
        assertTrue(errors.get(0).message().contains("ZZ-MDJF"));

        e.put("category", Map.of("code", "ZZ-MDJF", "name", "矛盾纠纷"));
        EventRules.Checked own = EventRules.check(e, null, GridCategories.national(), new ArrayList<>());
        assertNotNull(own);
        assertFalse(own.categoryStandard());
        assertEquals("矛盾纠纷", own.categoryName());

        // A standard code is shown with the standard's name, whatever the host calls it.
        e.put("category", Map.of("code", "06002", "name", "装修"));
        EventRules.Checked standard = EventRules.check(e, null, GridCategories.national(), new ArrayList<>());
        assertEquals("店面无证装修", standard.categoryName());
        assertTrue(standard.categoryStandard());

        e.put("category", Map.of("code", "06 001", "name", "x"));
        assertTrue(names(errors(e), "category.code"));
        e.put("category", Map.of("name", "私搭乱建"));
        assertTrue(names(errors(e), "category.code"));
    }

    @Test
    void theNationalListIsTheStandardsEventCategories() {
        GridCategories national = GridCategories.national();
        assertEquals(102, national.size(), "5 major categories and 97 sub-categories");
        assertEquals("市容环境类", national.byCode("06").name());
        assertEquals("06", national.byCode("06001").parent());
        assertNull(national.byCode("06031"), "absent in the transcription");
        assertNull(national.byCode("01"), "component categories are not events");
    }

    @Test
    void onlyANewerVersionWins() {
        assertEquals(EventRules.Ordering.NEW, EventRules.order(null, 1));
        assertEquals(EventRules.Ordering.NEWER, EventRules.order(2L, 3));
        assertEquals(EventRules.Ordering.SAME, EventRules.order(3L, 3));
        assertEquals(EventRules.Ordering.OLDER, EventRules.order(3L, 2));
    }

    @Test
    void theReporterIsMaskedAndStepsReadBack() {
        assertEquals("张*", EventView.maskName("张三"));
        assertEquals("欧**", EventView.maskName("欧阳娜"));
        assertEquals("*", EventView.maskName("张"));
        List<EventRules.Step> steps = EventRules.check(event(), null, GridCategories.national(), new ArrayList<>()).steps();
        assertEquals(steps, EventEntity.stepsOf(EventEntity.storeSteps(steps)));
    }
}
