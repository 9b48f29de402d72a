package org.smartjustice.venues.internal;


import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.platform.api.sheets.Table;
import org.smartjustice.venues.internal.imports.Templates;

/**
 * {@code .../venues/imports}: the Bureau's spreadsheets (CSV in UTF-8 or GB18030, or XLSX) in the
 * layout of {@code GET .../imports/template}. Up to {@value #SYNC_LIMIT} rows the answer is the
 * report itself; larger files run as a job that is polled at {@code .../imports/{id}}.
 */
@Component(service = ImportsResource.class, configurationPid = VenuesConfig.PID)
@Designate(ocd = VenuesConfig.class)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    static final int SYNC_LIMIT = 10_000;
    static final int MAX_MIB = 32;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Reference
    private VenueService service;

    @Reference
    private TenantContext context;

    @Reference
    private Jobs jobs;

    @Reference
    private Spreadsheets sheets;

    @Reference
    private AuditLog audit;

    private volatile int maxRows = 50_000;

    private Importer importer;

    @Activate
    void activate(VenuesConfig config) {
        importer = new Importer(service);
        configure(config);
    }

    @Modified
    void configure(VenuesConfig config) {
        maxRows = Math.max(1, config.maxImportRows());
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Consumes({ "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA })
    @Operation(operationId = "importVenues", summary = "批量导入阵地",
            description = "CSV（UTF-8 或 GB18030）或 XLSX，原始请求体或 multipart/form-data 表单（字段 file）。少于 10000 行直接回答逐行报告；更大的文件作为后台任务，回答 202 与 Location。",
            responses = { @ApiResponse(responseCode = "200", description = "逐行导入报告"),
                    @ApiResponse(responseCode = "202", description = "已作为后台任务开始；轮询 Location"),
                    @ApiResponse(responseCode = "413", description = "file-too-large（超过 32 MB）、too-many-rows（超过 maxImportRows 行）"),
                    @ApiResponse(responseCode = "415", description = "unsupported-file：文件既不是 CSV 也不是 XLSX（说明其实际类型）") })
    public Response importFile(@UploadLimit(mebibytes = MAX_MIB) Upload file, @QueryParam("format") String format,
                               @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs,
                               @QueryParam("charset") String charset, @Context UriInfo uri) {
        String tenant = context.requireTenant();
        Table table = sheets.read(file, file.field("format", format), file.field("charset", charset), maxRows);
        if (table.size() == 0) {
            throw ProblemException.invalidField("body", "文件中没有数据行");
        }
        if (table.size() < SYNC_LIMIT) {
            return Response.ok(audited("imports", () -> importer.run(tenant, table, crs.code(), rows -> { }))).build();
        }
        Job job = jobs.start("venues.import", table.size(), progress -> audited("imports/" + progress.jobId(),
                () -> importer.run(tenant, table, crs.code(), progress::done)));
        return job.accepted(uri);
    }

    /** The import's outcome in the audit log, in the caller's scope: the request line does not show it. */
    private ImportReport audited(String target, java.util.function.Supplier<ImportReport> run) {
        try {
            ImportReport report = run.get();
            audit.record("venues.import", target, report.rejected() == 0 ? "success" : "partial",
                    "共 " + report.total() + " 行：导入 " + report.accepted() + " 行，拒绝 " + report.rejected() + " 行");
            return report;
        } catch (RuntimeException e) {
            audit.record("venues.import", target, "failure", "导入失败：" + e.getClass().getSimpleName());
            throw e;
        }
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("{id}")
    @Operation(operationId = "getVenueImport", summary = "导入任务的状态与报告")
    public Job job(@PathParam("id") String id) {
        // Another tenant's job does not exist for this caller.
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("没有编号为 " + id + " 的导入任务"));
    }

    @GET
    @Path("template")
    @Produces({ "text/csv", XLSX })
    @Operation(operationId = "getVenueImportTemplate", summary = "下载导入模板")
    public Response template(@QueryParam("format") String format) {
        if (format == null || format.equalsIgnoreCase("csv")) {
            return Response.ok(sheets.csv(Templates.TEMPLATE), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"venues-template.csv\"").build();
        }
        if (format.equalsIgnoreCase("xlsx")) {
            return Response.ok(sheets.xlsx(Templates.TEMPLATE), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"venues-template.xlsx\"").build();
        }
        throw ProblemException.invalidField("format", "应为 csv 或 xlsx");
    }
}
