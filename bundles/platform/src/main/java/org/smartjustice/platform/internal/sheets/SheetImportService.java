package org.smartjustice.platform.internal.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.RowChecker;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.platform.api.sheets.Table;

/**
 * {@link SheetImports} for one module bundle. Its jobs are started through the module's own
 * {@link Jobs} (taken with the module's bundle context), so an import job belongs to the module,
 * ends with it, and is found only by the module's polls.
 */
@Component(service = SheetImports.class, scope = ServiceScope.BUNDLE)
public class SheetImportService implements SheetImports {

    @Reference
    private Spreadsheets sheets;

    @Reference
    private AuditLog audit;

    /** Held as a reference only (no instance for the platform itself): this service waits for jobs to be there. */
    @Reference
    private ServiceReference<Jobs> jobsService;

    private ServiceObjects<Jobs> moduleJobs;
    private Jobs jobs;

    @Activate
    void activate(ComponentContext component) {
        BundleContext module = component.getUsingBundle().getBundleContext();
        moduleJobs = module.getServiceObjects(jobsService);
        jobs = moduleJobs.getService();
    }

    @Deactivate
    void deactivate() {
        if (moduleJobs != null && jobs != null) {
            try {
                moduleJobs.ungetService(jobs);
            } catch (IllegalStateException | IllegalArgumentException alreadyGone) {
                // The module's bundle is stopping and its services are released anyway.
            }
        }
    }

    @Override
    public <C, S> Response importFile(SheetImport<C, S> definition, Upload file, String format, String charset, UriInfo uri,
                                      Function<Table, RowChecker<Map<String, String>, C>> checker) {
        Table table = sheets.read(file, file.field("format", format), file.field("charset", charset), definition.maxRows());
        if (table.size() == 0) {
            throw ProblemException.invalidField("body", "文件中没有数据行");
        }
        if (table.size() < SYNC_LIMIT) {
            ImportReport report = audited(definition.kind(), definition.target(),
                    () -> importTable(definition, table, checker, rows -> { }));
            return Response.ok(report).build();
        }
        Job job = jobs.start(definition.kind(), table.size(), progress -> audited(definition.kind(),
                definition.target() + "/" + progress.jobId(), () -> importTable(definition, table, checker, progress::done)));
        return job.accepted(uri);
    }

    private static <C, S> ImportReport importTable(SheetImport<C, S> definition, Table table,
                                                   Function<Table, RowChecker<Map<String, String>, C>> checker,
                                                   IntConsumer progress) {
        String name = definition.nameColumn();
        return new RowPipeline<Map<String, String>, C, S>(definition).run(table.rows(), table.rowNumbers(),
                row -> name == null ? null : row.get(name), checker.apply(table), unknownHeaders(definition, table), progress);
    }

    static List<String> unknownHeaders(SheetImport<?, ?> definition, Table table) {
        return table.headers().stream().filter(h -> !h.isBlank() && !definition.reads(h)).toList();
    }

    @Override
    public <R, C, S> ImportReport importRows(SheetImport<C, S> definition, String action, String target, List<R> rows,
                                             Function<R, String> nameOfRow, RowChecker<R, C> checker) {
        List<Integer> numbers = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbers.add(i + 1);
        }
        return audited(action, target, () -> new RowPipeline<R, C, S>(definition).run(rows, numbers, nameOfRow, checker,
                List.of(), done -> { }));
    }

    /** The outcome in the audit log, in the caller's scope: the request line does not show it. */
    private ImportReport audited(String action, String target, Supplier<ImportReport> run) {
        try {
            ImportReport report = run.get();
            audit.record(action, target, report.rejected() == 0 ? "success" : "partial",
                    "共 " + report.total() + " 行：导入 " + report.accepted() + " 行，拒绝 " + report.rejected() + " 行");
            return report;
        } catch (RuntimeException e) {
            audit.record(action, target, "failure", "导入失败：" + e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public Job job(SheetImport<?, ?> definition, String id) {
        // Another tenant's job, or another import's, does not exist for this caller.
        return jobs.find(id).filter(j -> j.kind().equals(definition.kind()))
                .orElseThrow(() -> ProblemException.notFound("导入任务", id));
    }

    @Override
    public Response template(SheetImport<?, ?> definition, String format) {
        SheetFormat f = SheetFormat.of(format, SheetFormat.CSV);
        byte[] bytes = f == SheetFormat.XLSX ? sheets.xlsx(definition.template()) : sheets.csv(definition.template());
        return Downloads.attachment(bytes, f.mediaType(), definition.templateFile() + "." + f.extension(),
                Downloads.Contents.NO_PERSONAL_DATA).build();
    }
}
