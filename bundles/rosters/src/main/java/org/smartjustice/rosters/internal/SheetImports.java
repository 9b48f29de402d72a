package org.smartjustice.rosters.internal;

import java.util.function.IntConsumer;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.platform.api.sheets.Table;

/**
 * The imports of rosters (grid cells, members): a spreadsheet read through the platform, answered
 * with its report when small, run as a polled job when large, its outcome audited.
 */
@Component(service = SheetImports.class, configurationPid = RostersConfig.PID)
@Designate(ocd = RostersConfig.class)
public class SheetImports {

    public static final int SYNC_LIMIT = 10_000;
    public static final int MAX_MIB = 32;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Runs an import of a table, telling progress as rows are done. */
    public interface Importer {
        ImportReport run(Table table, IntConsumer progress);
    }

    @Reference
    private Jobs jobs;

    @Reference
    private Spreadsheets sheets;

    @Reference
    private AuditLog audit;

    private volatile int maxRows = 50_000;

    @Activate
    @Modified
    void configure(RostersConfig config) {
        maxRows = Math.max(1, config.maxImportRows());
    }

    /** @param kind e.g. {@code grids} or {@code members}: the job is {@code rosters.<kind>-import} */
    public Response run(String kind, Upload file, String format, String charset, UriInfo uri, Importer importer) {
        Table table = sheets.read(file, file.field("format", format), file.field("charset", charset), maxRows);
        if (table.size() == 0) {
            throw ProblemException.invalidField("body", "文件中没有数据行");
        }
        if (table.size() < SYNC_LIMIT) {
            return Response.ok(audited(kind, kind + "/imports", () -> importer.run(table, rows -> { }))).build();
        }
        Job job = jobs.start("rosters." + kind + "-import", table.size(), progress -> audited(kind,
                kind + "/imports/" + progress.jobId(), () -> importer.run(table, progress::done)));
        return job.accepted(uri);
    }

    /** An import job of this kind (a members import is not a grids import) of the current tenant. */
    public Job job(String kind, String id) {
        return jobs.find(id).filter(j -> j.kind().equals("rosters." + kind + "-import"))
                .orElseThrow(() -> ProblemException.notFound("没有编号为 " + id + " 的导入任务"));
    }

    public Response template(SheetTemplate template, String name, String format) {
        if (format == null || format.equalsIgnoreCase("csv")) {
            return Response.ok(sheets.csv(template), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "-template.csv\"").build();
        }
        if (format.equalsIgnoreCase("xlsx")) {
            return Response.ok(sheets.xlsx(template), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + "-template.xlsx\"").build();
        }
        throw ProblemException.invalidField("format", "应为 csv 或 xlsx");
    }

    private ImportReport audited(String kind, String target, java.util.function.Supplier<ImportReport> run) {
        try {
            ImportReport report = run.get();
            audit.record("rosters." + kind + "-import", target, report.rejected() == 0 ? "success" : "partial",
                    "共 " + report.total() + " 行：导入 " + report.accepted() + " 行，拒绝 " + report.rejected() + " 行");
            return report;
        } catch (RuntimeException e) {
            audit.record("rosters." + kind + "-import", target, "failure", "导入失败：" + e.getClass().getSimpleName());
            throw e;
        }
    }

}
