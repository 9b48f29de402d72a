package org.smartjustice.academy.internal.learning;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.internal.AcademyModule;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;

/**
 * {@code .../academy/my/learning}: a learner's own records; {@code .../academy/learning}: the
 * district's hours per person, for its admins and editors, as JSON or a spreadsheet.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + AcademyModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningResource implements JusticeResource {

    static final SheetTemplate COLUMNS = new SheetTemplate("学习时长", List.of(new SheetColumn("用户编号", "", Format.TEXT),
            new SheetColumn("姓名", "", Format.GENERAL), new SheetColumn("学习时长（小时）", "", Format.NUMBER),
            new SheetColumn("学习内容数", "", Format.NUMBER), new SheetColumn("完成数", "", Format.NUMBER),
            new SheetColumn("平均测验分", "", Format.NUMBER)));
    static final SheetTemplate GROUP_COLUMNS = new SheetTemplate("学习时长", List.of(new SheetColumn("编码", "", Format.TEXT),
            new SheetColumn("名称", "", Format.GENERAL), new SheetColumn("人数", "", Format.NUMBER),
            new SheetColumn("学习时长（小时）", "", Format.NUMBER), new SheetColumn("学习内容数", "", Format.NUMBER),
            new SheetColumn("完成数", "", Format.NUMBER)));

    @Reference
    private LearningService learning;

    @Reference
    private Spreadsheets sheets;

    public record LearningView(String itemId, String itemTitle, boolean cityItem, OffsetDateTime openedAt, OffsetDateTime lastAt,
                               long seconds, OffsetDateTime completedAt, Integer quizScore) {
    }

    public record MyLearning(double hours, List<LearningView> items) {
    }

    public record PersonHours(String learner, String name, double hours, long items, long completed, Double meanQuizScore) {
    }

    @RequiresRole({ Role.GRID_WORKER, Role.EDITOR, Role.DISTRICT_ADMIN, Role.SUPERVISOR })
    @POST
    @Path("my/learning/{itemId}")
    @Operation(operationId = "recordAcademyLearning", summary = "记录学习进度",
            description = "打开（第一次报告，不计时长）、学习时长（秒，每次至多 3600，且按服务器时钟不超过自上次报告以来经过的时间，每项另有 60 秒余量）、完成、测验得分（0–100）。只能记录本区（或市级）已发布的内容。")
    public LearningView record(@PathParam("itemId") String itemId, LearningInput input) {
        return view(learning.record(itemId, input));
    }

    @RequiresRole({ Role.GRID_WORKER, Role.EDITOR, Role.DISTRICT_ADMIN, Role.SUPERVISOR })
    @GET
    @Path("my/learning")
    @Operation(operationId = "getMyAcademyLearning", summary = "我的学习记录与学习时长")
    public MyLearning mine() {
        List<LearningView> items = learning.mine().stream().map(LearningResource::view).toList();
        long seconds = items.stream().mapToLong(LearningView::seconds).sum();
        return new MyLearning(Math.round(seconds / 360.0) / 10.0, items);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.EDITOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("learning")
    @Operation(operationId = "listAcademyLearningHours", summary = "本区学习时长：按人员、角色、网格或街道",
            description = "by=person（默认，可加 learner 用户编号）、role、grid、street；后三者按组织队伍中的岗位统计（一人多岗计入每个岗位），需安装组织队伍模块。")
    public Response hours(@QueryParam("by") LearningService.By by, @QueryParam("learner") String learner) {
        new Validation().maxLength("learner", learner, 255).plainText("learner", learner)
                .check(learner == null || by == null || by == LearningService.By.PERSON, "learner", "learner 只用于按人员统计")
                .throwIfInvalid();
        if (by == null || by == LearningService.By.PERSON) {
            return Response.ok(learning.totals(Validation.blankToNull(learner)).stream().map(t -> new PersonHours(t.learner(),
                    t.name(), t.hours(), t.items(), t.completed(), t.meanQuizScore())).toList()).build();
        }
        return Response.ok(learning.groups(by).stream().map(g -> new GroupHours(g.code(), g.title(), g.people(), g.hours(),
                g.items(), g.completed())).toList()).build();
    }

    public record GroupHours(String code, String title, long people, double hours, long items, long completed) {
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.EDITOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("learning/export")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "exportAcademyLearningHours", summary = "导出本区学习时长（CSV 或 XLSX；by 同上）")
    public Response export(@QueryParam("format") String format, @QueryParam("by") LearningService.By by) {
        List<List<String>> rows = new ArrayList<>();
        SheetTemplate columns = COLUMNS;
        if (by == null || by == LearningService.By.PERSON) {
            for (LearningService.Totals t : learning.totals(null)) {
                rows.add(List.of(t.learner(), t.name() == null ? "" : t.name(), String.valueOf(t.hours()), String.valueOf(t.items()),
                        String.valueOf(t.completed()), t.meanQuizScore() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f",
                                t.meanQuizScore())));
            }
        } else {
            columns = GROUP_COLUMNS;
            for (LearningService.Group g : learning.groups(by)) {
                rows.add(List.of(g.code() == null ? "" : g.code(), g.title(), String.valueOf(g.people()), String.valueOf(g.hours()),
                        String.valueOf(g.items()), String.valueOf(g.completed())));
            }
        }
        // Learners' names and records: personal data, kept by no cache.
        return sheets.download(SheetFormat.of(format, SheetFormat.XLSX), "learning-hours", columns, rows,
                Downloads.Contents.PERSONAL_DATA);
    }

    static LearningView view(LearningEntity l) {
        return new LearningView(l.itemId, l.itemTitle, l.cityItem, UtcTimes.toOffset(l.openedAt), UtcTimes.toOffset(l.lastAt),
                l.seconds, l.completedAt == null ? null : UtcTimes.toOffset(l.completedAt), l.quizScore);
    }
}
