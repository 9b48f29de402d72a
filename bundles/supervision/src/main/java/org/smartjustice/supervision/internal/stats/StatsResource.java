package org.smartjustice.supervision.internal.stats;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.supervision.internal.SupervisionModule;

/** {@code .../supervision/stats}: figures of the tenant's grid events for supervisors' charts. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + SupervisionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource implements JusticeResource {

    /** The longest range one answer covers. */
    static final int MAX_MONTHS = 36;

    @Reference
    private StatsStore store;

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("stats/departments")
    @Operation(operationId = "getSupervisionDepartmentFigures", summary = "各处置部门按月统计",
            description = "按处置部门、按上报月份（北京时间）：事件数、超期数与超期率、已评价数、不满意数（满意度 1–2）与不满意率、回退次数、已归集数；"
                    + "与 months 对齐的数列，可直接作图。默认最近 12 个月（含本月），至多 36 个月。",
            responses = @ApiResponse(responseCode = "200", description = "统计",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentFigures.class))))
    public DepartmentFigures departments(@QueryParam("fromMonth") String fromMonth, @QueryParam("toMonth") String toMonth,
                                         @QueryParam("org") String org) {
        Validation v = new Validation().maxLength("org", org, 64);
        YearMonth now = YearMonth.now(UtcTimes.DISPLAY_ZONE);
        YearMonth to = month("toMonth", toMonth, now, v);
        YearMonth from = month("fromMonth", fromMonth, to == null ? now.minusMonths(11) : to.minusMonths(11), v);
        if (from != null && to != null) {
            v.check(!from.isAfter(to), "fromMonth", "不能晚于 toMonth");
            v.check(from.plusMonths(MAX_MONTHS - 1).compareTo(to) >= 0, "fromMonth", "一次至多 " + MAX_MONTHS + " 个月");
        }
        v.throwIfInvalid();
        int a = from.getYear() * 100 + from.getMonthValue();
        int b = to.getYear() * 100 + to.getMonthValue();
        String o = Validation.blankToNull(org) == null ? null : org.strip();
        return DepartmentFigures.of(from, to, store.months(a, b, o), store.collected(a, b, o));
    }

    private static YearMonth month(String field, String text, YearMonth otherwise, Validation v) {
        String t = Validation.blankToNull(text);
        if (t == null) {
            return otherwise;
        }
        try {
            YearMonth m = YearMonth.parse(t.strip());
            v.check(m.getYear() >= 2000 && m.getYear() <= 2100, field, "年份应在 2000 与 2100 之间");
            return m;
        } catch (DateTimeParseException e) {
            v.check(false, field, "应为年月，如 2026-03");
            return null;
        }
    }
}
