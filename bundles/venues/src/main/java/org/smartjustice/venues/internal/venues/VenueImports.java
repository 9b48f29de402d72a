package org.smartjustice.venues.internal.venues;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.venues.internal.VenuesConfig;
import org.smartjustice.venues.internal.venues.VenueColumns;
import org.smartjustice.venues.internal.venues.VenueSheet;

/**
 * {@code .../venues/imports}: the Bureau's spreadsheets (CSV in UTF-8 or GB18030, or XLSX) in the
 * layout of {@code GET .../imports/template}, run by the platform's {@link SheetImports}: up to
 * {@value SheetImports#SYNC_LIMIT} rows the answer is the report itself; larger files run as a job
 * that is polled at {@code .../imports/{id}}.
 */
@Component(service = VenueImports.class, configurationPid = VenuesConfig.PID)
@Designate(ocd = VenuesConfig.class)
@Produces(MediaType.APPLICATION_JSON)
public class VenueImports {

    @Reference
    private VenueService service;

    @Reference
    private TenantContext context;

    @Reference
    private SheetImports imports;

    private volatile int maxRows = 50_000;

    private SheetImport<VenueRules.Checked, VenueEntity> venues;

    @Activate
    void activate(VenuesConfig config) {
        configure(config);
        venues = VenueSheet.definition(service, () -> maxRows);
    }

    @Modified
    void configure(VenuesConfig config) {
        maxRows = Math.max(1, config.maxImportRows());
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Consumes({ "text/csv", Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA })
    @Operation(operationId = "importVenues", summary = "批量导入阵地",
            description = "CSV（UTF-8 或 GB18030）或 XLSX，原始请求体或 multipart/form-data 表单（字段 file）。少于 10000 行直接回答逐行报告；更大的文件作为后台任务，回答 202 与 Location。",
            responses = { @ApiResponse(responseCode = "200", description = "逐行导入报告"),
                    @ApiResponse(responseCode = "202", description = "已作为后台任务开始；轮询 Location"),
                    @ApiResponse(responseCode = "413", description = "file-too-large（超过 32 MB）、too-many-rows（超过 maxImportRows 行）"),
                    @ApiResponse(responseCode = "415", description = "unsupported-file：文件既不是 CSV 也不是 XLSX（说明其实际类型）") })
    public Response importFile(@UploadLimit(mebibytes = SheetImports.MAX_MIB) Upload file, @QueryParam("format") String format,
                               @Parameter(description = "表格中坐标的坐标系（坐标系一列为空的行）") @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs,
                               @QueryParam("charset") String charset, @Context UriInfo uri) {
        String tenant = context.requireTenant();
        return imports.importFile(venues, file, format, charset, uri,
                table -> (row, i, errors) -> {
                    VenueInput input = VenueColumns.toInput(row, crs.code(), "", errors);
                    return errors.isEmpty() ? service.rules().check(tenant, input, "", errors) : null;
                });
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("{id}")
    @Operation(operationId = "getVenueImport", summary = "导入任务的状态与报告")
    public Job job(@Parameter(description = "导入任务编号（202 回答的 Location）") @PathParam("id") String id) {
        return imports.job(venues, id);
    }

    @GET
    @Path("template")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "getVenueImportTemplate", summary = "下载导入模板")
    public Response template(@QueryParam("format") String format) {
        return imports.template(venues, format);
    }
}
