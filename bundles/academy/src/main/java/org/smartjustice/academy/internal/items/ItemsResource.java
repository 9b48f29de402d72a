package org.smartjustice.academy.internal.items;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.academy.internal.AcademyModule;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.files.Files;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;

/**
 * {@code .../academy/items}: the district's content in every state, for its editors. Writing and
 * reviewing are for editors and the district admin; a reviewer publishes what someone else wrote.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + AcademyModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
public class ItemsResource implements JusticeResource {

    static final Set<String> SORTABLE = Set.of("updatedAt", "createdAt", "publishedAt", "title");
    static final int FILE_MIB = 20;

    @Reference
    private ItemService items;

    @Reference
    private ItemStore store;

    @Reference
    private Files files;

    record ItemPage(List<ItemViews.ItemSummary> items, long total, int page, int size) {
    }

    @GET
    @Path("items")
    @Operation(operationId = "listAcademyItems", summary = "学堂内容列表（含草稿、待审）",
            description = "可按状态、类型、板块、专题、标题关键字筛选；按 updatedAt、createdAt、publishedAt、title 排序（默认最近修改在前）。",
            responses = @ApiResponse(responseCode = "200", description = "内容列表的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPage.class))))
    public Response list(@QueryParam("state") ItemState state, @QueryParam("kind") ContentKind kind,
                         @QueryParam("audience") Audience audience, @QueryParam("topic") Topic topic, @Parameter(description = "标题中包含的文字（编辑的内容列表，含草稿）") @QueryParam("q") String q,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "-updatedAt");
        new Validation().maxLength("q", q, ItemRules.TITLE_MAX).plainText("q", q).throwIfInvalid();
        Page<ItemStore.Listed> found = store.list(new ItemStore.EditorFilter(state, kind, audience, topic, q), paging);
        ItemPage answer = new ItemPage(found.items().stream().map(l -> ItemViews.summary(l.item(), l.working())).toList(),
                found.total(), found.page(), found.size());
        return Response.ok(answer).build();
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @POST
    @Path("items")
    @Operation(operationId = "createAcademyItem", summary = "新建内容（草稿）",
            description = "kind 为 LEGAL_EDUCATION、POLICY、PROCEDURE（带 guide）、DOCUMENT_TEMPLATE（文件另行上传）或 FAQ（title 为问题，body 为回答）。body 为富文本，保存前按白名单清理。")
    public Response create(ItemInput input, @Context UriInfo uri) {
        ItemViews.ItemDetail d = detail(items.create(input).id());
        return Response.created(uri.getAbsolutePathBuilder().path(d.item().id()).build()).entity(d)
                .tag(new EntityTag(String.valueOf(d.item().version()))).build();
    }

    @GET
    @Path("items/{id}")
    @Operation(operationId = "getAcademyItem", summary = "内容详情：已发布版本与正在编辑的版本",
            responses = @ApiResponse(responseCode = "200", description = "内容",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.ItemDetail.class))))
    public Response get(@PathParam("id") String id) {
        ItemViews.ItemDetail d = detail(id);
        return Response.ok(d).tag(new EntityTag(String.valueOf(d.item().version()))).build();
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @PUT
    @Path("items/{id}")
    @Operation(operationId = "updateAcademyItem", summary = "修改内容",
            description = "修改正在编辑的草稿；已发布的内容另起新版本，发布前公众仍看到已发布版本。待审中的版本不能修改（409）。version 写在请求体或 If-Match 中。")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ItemInput input) {
        ItemEntity i = items.update(id, input, ExpectedVersion.require(ifMatch, input.version()));
        return answer(i);
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @DELETE
    @Path("items/{id}")
    @Operation(operationId = "deleteAcademyItem", summary = "删除从未发布的草稿", description = "发布过的内容只能撤回（409）。")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch) {
        items.delete(id, ifMatch == null ? null : ifMatch.value());
        return Response.noContent().build();
    }

    @GET
    @Path("items/{id}/versions")
    @Operation(operationId = "listAcademyItemVersions", summary = "内容的全部版本（最新在前）")
    public List<ItemViews.VersionView> versions(@PathParam("id") String id) {
        return items.versions(id).stream().map(ItemViews::version).toList();
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @POST
    @Path("items/{id}/submit")
    @Operation(operationId = "submitAcademyItem", summary = "送审", description = "草稿 → 待审；检查各类内容的必填部分（办事指南的材料与流程、文书的文件等）。")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ReviewInput input) {
        return answer(items.submit(id, ExpectedVersion.require(ifMatch, input.version())));
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @POST
    @Path("items/{id}/publish")
    @Operation(operationId = "publishAcademyItem", summary = "审核通过并发布",
            description = "待审 → 已发布，须由作者以外的审核人操作（403 reviewer-is-author）；原已发布版本保留为历史版本。公众页面随即更新。")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ReviewInput input) {
        return answer(items.publish(id, input.note(), ExpectedVersion.require(ifMatch, input.version())));
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @POST
    @Path("items/{id}/reject")
    @Operation(operationId = "rejectAcademyItem", summary = "退回修改", description = "待审 → 草稿，note 写明退回理由。")
    public Response reject(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ReviewInput input) {
        return answer(items.reject(id, input.note(), ExpectedVersion.require(ifMatch, input.version())));
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @POST
    @Path("items/{id}/withdraw")
    @Operation(operationId = "withdrawAcademyItem", summary = "撤回", description = "已发布 → 已撤回：公众不再看到；版本保留，可修改后重新送审。")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ReviewInput input) {
        return answer(items.withdraw(id, input.note(), ExpectedVersion.require(ifMatch, input.version())));
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @PUT
    @Path("items/{id}/file")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            Downloads.XLSX, "application/vnd.ms-works", "*/*" })
    @Operation(operationId = "putAcademyItemFile", summary = "上传法律制式文书的文件",
            description = "docx、doc、pdf、xlsx、xls、wps，至多 20 MB；按文件内容核对类型。表单上传（字段 file）或原始请求体（文件名由 ?name= 给出）。",
            responses = { @ApiResponse(responseCode = "200", description = "内容"),
                    @ApiResponse(responseCode = "413", description = "file-too-large") })
    public Response putFile(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                            @QueryParam("name") String name, @UploadLimit(mebibytes = FILE_MIB) Upload file) {
        Upload named = file.fileName() == null && name != null
                ? new Upload(name, file.contentType(), file.fields(), file.bytes()) : file;
        return answer(items.attachFile(id, named, ifMatch == null ? null : ifMatch.value()));
    }

    @GET
    @Path("items/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getAcademyItemFile", summary = "下载文书文件（正在编辑的版本，否则已发布版本）")
    public Response getFile(@PathParam("id") String id, @Context Request request) {
        String fileId = store.fileIdOf(id);
        if (fileId == null) {
            throw ProblemException.notFound("这项内容没有文件");
        }
        return files.download(fileId, request);
    }

    private Response answer(ItemEntity i) {
        ItemViews.ItemDetail d = detail(i.id());
        return Response.ok(d).tag(new EntityTag(String.valueOf(d.item().version()))).build();
    }

    private ItemViews.ItemDetail detail(String id) {
        ItemStore.Detail d = store.detail(id);
        return new ItemViews.ItemDetail(ItemViews.summary(d.item(), d.working()), ItemViews.version(d.published()),
                ItemViews.version(d.working()));
    }
}
