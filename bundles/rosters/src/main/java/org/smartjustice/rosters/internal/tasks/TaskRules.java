package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.rosters.internal.Points;

/** What a task and its steps must say before anything is stored. */
final class TaskRules {

    static final Pattern EXTERNAL_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}");
    static final int MAX_TEXT = 2000;

    private TaskRules() {
    }

    record Checked(TaskInput input, Urgency urgency, LonLat point, LocalDateTime dueAt) {
    }

    static Checked check(Divisions divisions, String tenant, TaskInput in, LocalDateTime now) {
        Validation v = new Validation().required("title", in.title()).required("duty", in.duty())
                .required("target", in.target());
        v.maxLength("title", in.title(), 100).plainText("title", in.title());
        v.maxLength("description", in.description(), MAX_TEXT).plainText("description", in.description());
        if (in.externalId() != null) {
            v.check(EXTERNAL_ID.matcher(in.externalId()).matches(), "externalId", "应为 1–64 位字母、数字或 _ . : -");
        }
        v.maxLength("grid", in.grid(), 32);
        target(v, in.target(), "target.");
        LonLat point = Points.optional(divisions, tenant, in.lon(), in.lat(), crs(in.crs(), v), "", v);
        LocalDateTime due = in.dueAt() == null ? null : UtcTimes.toUtc(in.dueAt());
        if (due != null) {
            v.check(due.isAfter(now), "dueAt", "应晚于现在").check(!due.isAfter(now.plus(Deadlines.LONGEST)), "dueAt",
                    "至多一年以后");
        }
        v.throwIfInvalid();
        return new Checked(in, in.urgency() == null ? Urgency.NORMAL : in.urgency(), point, due);
    }

    static void target(Validation v, Target t, String p) {
        if (t == null) {
            return;
        }
        v.required(p + "kind", t.kind());
        if (t.kind() == null) {
            return;
        }
        switch (t.kind()) {
            case MEMBER -> v.required(p + "memberId", t.memberId()).maxLength(p + "memberId", t.memberId(), 36)
                    .check(t.role() == null, p + "role", "指定成员的目标不带 role").check(t.grid() == null, p + "grid",
                            "指定成员的目标不带 grid（任务地点写在 grid）");
            case ROLE_IN_GRID -> v.required(p + "role", t.role()).required(p + "grid", t.grid()).maxLength(p + "grid", t.grid(), 32)
                    .check(t.memberId() == null, p + "memberId", "网格内某角色的目标不带 memberId");
            case GRID -> v.required(p + "grid", t.grid()).maxLength(p + "grid", t.grid(), 32)
                    .check(t.memberId() == null, p + "memberId", "网格目标不带 memberId")
                    .check(t.role() == null, p + "role", "网格目标不带 role（派给网格内某角色请用 ROLE_IN_GRID）");
        }
    }

    static CoordinateSystem crs(String text, Validation v) {
        if (text == null || text.isBlank()) {
            return CoordinateSystem.WGS84;
        }
        try {
            return CoordinateSystem.parse(text);
        } catch (IllegalArgumentException e) {
            v.check(false, "crs", e.getMessage());
            return CoordinateSystem.WGS84;
        }
    }

    /** What each step must carry: the reasons and answers people act on. */
    static void step(Validation v, TaskAction action, StepInput in, LocalDateTime finishBy, LocalDateTime now) {
        v.maxLength("text", in.text(), MAX_TEXT).plainText("text", in.text());
        switch (action) {
            case ANSWER -> v.required("text", in.text());
            case REOPEN, RETURN, CANCEL -> v.required("text", in.text());
            case REQUEST_EXTENSION -> {
                v.required("text", in.text()).required("until", in.until());
                if (in.until() != null) {
                    LocalDateTime until = UtcTimes.toUtc(in.until());
                    v.check(until.isAfter(finishBy), "until", "应晚于当前的办结时限 " + UtcTimes.toOffset(finishBy))
                            .check(!until.isAfter(now.plus(Deadlines.LONGEST)), "until", "至多一年以后");
                }
            }
            case REASSIGN -> {
                v.required("target", in.target());
                target(v, in.target(), "target.");
            }
            default -> {
                // other steps carry an optional note
            }
        }
        if (action != TaskAction.ANSWER && (in.lon() != null || in.lat() != null)) {
            v.check(false, "lon", "只有反馈可以带位置");
        }
        if (action != TaskAction.REQUEST_EXTENSION && in.until() != null) {
            v.check(false, "until", "只有申请延期可以带 until");
        }
        if (action != TaskAction.REASSIGN && in.target() != null) {
            v.check(false, "target", "只有重新派遣可以带 target");
        }
    }

}
