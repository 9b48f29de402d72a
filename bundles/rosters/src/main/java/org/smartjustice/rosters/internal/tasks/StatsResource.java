package org.smartjustice.rosters.internal.tasks;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.Titled;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.grids.GridStore;

/** {@code .../rosters/tasks/stats}: the month's dispatch figures per street, grid, role or duty. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource implements JusticeResource {

    static final SheetTemplate COLUMNS = new SheetTemplate("调度统计", List.of(new SheetColumn("分组", "", Format.GENERAL),
            new SheetColumn("编码", "", Format.TEXT), new SheetColumn("任务数", "", Format.NUMBER),
            new SheetColumn("办结数", "", Format.NUMBER), new SheetColumn("按时签收率", "", Format.NUMBER),
            new SheetColumn("按时反馈率", "", Format.NUMBER), new SheetColumn("平均签收小时", "", Format.NUMBER),
            new SheetColumn("平均反馈小时", "", Format.NUMBER), new SheetColumn("回退次数", "", Format.NUMBER),
            new SheetColumn("黄牌", "", Format.NUMBER), new SheetColumn("红牌", "", Format.NUMBER)));

    @Reference
    private TaskStore store;

    @Reference
    private GridStore grids;

    @Reference
    private Divisions divisions;

    @Reference
    private Spreadsheets sheets;

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("tasks/stats")
    @Produces({ MediaType.APPLICATION_JSON, Downloads.XLSX })
    @Operation(operationId = "getTaskStats", summary = "调度统计（月度研判）",
            description = "month（yyyy-MM，北京时间，默认本月）派遣的任务，按 by=street|grid|role|duty 分组：任务数、办结数、按时签收率与按时反馈率（分母为已到时限或已完成的任务）、平均用时、回退、黄牌与红牌。format=xlsx 下载。",
            responses = @ApiResponse(responseCode = "200", description = "统计",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskStats.Report.class))))
    public Response stats(@QueryParam("month") String month, @QueryParam("by") String by, @QueryParam("format") String format) {
        String m = month == null ? ZonedDateTime.now(UtcTimes.DISPLAY_ZONE).toString().substring(0, 7) : month;
        new Validation().check(m.matches("\\d{4}-(0[1-9]|1[0-2])"), "month", "应为 yyyy-MM，如 2026-11")
                .check(format == null || format.equalsIgnoreCase("json") || format.equalsIgnoreCase("xlsx"), "format",
                        "应为 json 或 xlsx").throwIfInvalid();
        TaskStats.By group = by(by);
        java.util.Map<String, String> gridNames = new java.util.HashMap<>();
        if (group == TaskStats.By.GRID) {
            grids.all().forEach(g -> gridNames.put(g.code, g.name));
        }
        TaskStats.Report report = TaskStats.of(m, group, store.facts(m), nameOf(group, gridNames), UtcTimes.now());
        if (!"xlsx".equalsIgnoreCase(format)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        List<List<String>> rows = new ArrayList<>();
        for (TaskStats.Row r : report.rows()) {
            rows.add(row(r));
        }
        rows.add(row(report.total()));
        return sheets.download(SheetFormat.XLSX, "task-stats-" + m, COLUMNS, rows, Downloads.Contents.NO_PERSONAL_DATA);
    }

    private static List<String> row(TaskStats.Row r) {
        return Arrays.asList(r.name(), r.key(), str(r.tasks()), str(r.closed()), str(r.acceptOnTimeRate()),
                str(r.finishOnTimeRate()), str(r.meanAcceptHours()), str(r.meanAnswerHours()), str(r.returns()),
                str(r.yellowCards()), str(r.redCards()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static TaskStats.By by(String by) {
        if (by == null || by.isBlank()) {
            return TaskStats.By.STREET;
        }
        try {
            return TaskStats.By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("by", "应为 street、grid、role 或 duty");
        }
    }

    private Function<String, String> nameOf(TaskStats.By by, java.util.Map<String, String> gridNames) {
        return switch (by) {
            case STREET -> code -> divisions.find(code).map(Division::name).orElse(code);
            case GRID -> code -> gridNames.getOrDefault(code, code);
            case ROLE -> code -> Titled.parse(RosterRole.class, code).title();
            case DUTY -> code -> Titled.parse(Duty.class, code).title();
        };
    }
}
