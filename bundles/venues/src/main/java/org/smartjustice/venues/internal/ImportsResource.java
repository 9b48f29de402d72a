package org.smartjustice.venues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;


import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.venues.internal.imports.CsvTables;
import org.smartjustice.venues.internal.imports.ImportReport;
import org.smartjustice.venues.internal.imports.Table;
import org.smartjustice.venues.internal.imports.Templates;
import org.smartjustice.venues.internal.imports.TooManyRows;
import org.smartjustice.venues.internal.imports.UploadKind;
import org.smartjustice.venues.internal.imports.XlsxTables;

/**
 * {@code .../venues/imports}: the Bureau's spreadsheets (CSV in UTF-8 or GB18030, or XLSX) in the
 * layout of {@code GET .../imports/template}. Up to {@value #SYNC_LIMIT} rows the answer is the
 * report itself; larger files run as a job that is polled at {@code .../imports/{id}}.
 */
@Component(service = ImportsResource.class, configurationPid = VenuesConfig.PID)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    static final int SYNC_LIMIT = 10_000;
    static final int MAX_BYTES = 64 * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Reference
    private VenueService service;

    @Reference
    private TenantContext context;

    @Reference
    private Jobs jobs;

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
    @Consumes({ "text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM })
    public Response importFile(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                               @QueryParam("format") String format, @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs,
                               @QueryParam("charset") String charset, @Context UriInfo uri) throws IOException {
        String tenant = context.requireTenant();
        Table table = read(body, type, format, charset, maxRows);
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
    public Job job(@PathParam("id") String id) {
        // Another tenant's job does not exist for this caller.
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("没有编号为 " + id + " 的导入任务"));
    }

    @GET
    @Path("template")
    @Produces({ "text/csv", XLSX })
    public Response template(@QueryParam("format") String format) {
        if (format == null || format.equalsIgnoreCase("csv")) {
            return Response.ok(Templates.csv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"venues-template.csv\"").build();
        }
        if (format.equalsIgnoreCase("xlsx")) {
            return Response.ok(XlsxTables.template(), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"venues-template.xlsx\"").build();
        }
        throw ProblemException.invalidField("format", "应为 csv 或 xlsx");
    }

    private static Table read(InputStream body, MediaType type, String format, String charset, int maxRows)
            throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(413, "file-too-large", "文件过大", "导入文件不能超过 64 MB");
        }
        if (format != null && !format.equalsIgnoreCase("xlsx") && !format.equalsIgnoreCase("csv")) {
            throw ProblemException.invalidField("format", "应为 csv 或 xlsx");
        }
        boolean declaredXlsx = "xlsx".equalsIgnoreCase(format)
                || format == null && type != null && XLSX.equals(type.getType() + "/" + type.getSubtype());
        UploadKind kind;
        try {
            kind = UploadKind.of(bytes);
        } catch (UploadKind.Unsupported e) {
            throw new ProblemException(415, "unsupported-file", "不支持的文件类型",
                    "上传的文件是" + e.detected() + "，只能导入 CSV 文本或 XLSX 工作簿");
        }
        // The bytes decide; a file declared as a workbook that is none is the user's mistake to hear of.
        boolean xlsx = kind == UploadKind.XLSX;
        if (declaredXlsx && !xlsx) {
            throw ProblemException.invalidField("body", "无法读取 XLSX 文件：不是 XLSX 文件");
        }
        try {
            return xlsx ? XlsxTables.read(bytes, maxRows) : CsvTables.read(bytes, charset(charset, type), maxRows);
        } catch (TooManyRows e) {
            throw new ProblemException(413, "too-many-rows", "数据行过多", e.getMessage(),
                    List.of(new FieldError("body", "超过 " + e.limit() + " 行")));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.invalidField("body", (xlsx ? "无法读取 XLSX 文件" : "无法读取 CSV 文件") + "：" + e.getMessage());
        }
    }

    private static Charset charset(String param, MediaType type) {
        String name = param != null ? param : type == null ? null : type.getParameters().get("charset");
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("charset", "不支持的字符集 " + name + "，可选 UTF-8、GB18030");
        }
    }
}
