package org.smartjustice.academy.internal.items;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Label;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.academy.internal.AcademyModule;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.files.Files;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Answers;
import org.smartjustice.platform.api.rest.Question;

/**
 * {@code /api/v1/public/t/{tenant}/academy}: 郑连心's 法治宣传教育专区 (boards by audience) and
 * 政策宣传专区 (by topic), an item, and a template's download. Published items in effect only, with
 * no person's name; a district shows the city's items too, less those it hid. Answers carry an
 * ETag of the content's revision, so they change the moment an item is published or withdrawn.
 */
@Component(service = JusticeResource.class, property = { JusticeResource.MODULE + "=" + AcademyModule.ID,
        JusticeResource.SCOPE + "=" + JusticeResource.SCOPE_PUBLIC })
@Produces(MediaType.APPLICATION_JSON)
public class PublicAcademyResource implements JusticeResource {

    @Reference
    private PublishedItemStore published;

    @Reference
    private Answers answers;

    @Reference
    private Files files;

    @Reference
    private ItemService items;

    static final int MAX_DEPTH = 2000;

    /** A board or a topic with how many items it shows. */
    public record Section(Label section, long count) {
    }

    public record EntryPage(List<ItemViews.PublicEntry> items, long total, int page, int size) {
    }

    @GET
    @Path("boards")
    @Operation(operationId = "listPublicAcademyBoards", summary = "法治宣传教育专区的板块（国家机关、乡村、社区、学校、企业）及其内容数")
    public Response boards() {
        return answers.answer(Question.of("boards").revision(published.revision()), () -> {
            Map<String, Long> counts = published.counts();
            return java.util.Arrays.stream(Audience.values()).map(a -> new Section(Label.of(a), counts.get(a.name()))).toList();
        });
    }

    @GET
    @Path("boards/{audience}")
    @Operation(operationId = "listPublicAcademyBoard", summary = "一个板块的已发布内容（最新在前）",
            responses = @ApiResponse(responseCode = "200", description = "内容的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryPage.class))))
    public Response board(@PathParam("audience") Audience audience, @QueryParam("kind") ContentKind kind,
                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return entries(new PublishedItemStore.Filter(audience, null, kind), page, size);
    }

    @GET
    @Path("policies")
    @Operation(operationId = "listPublicAcademyTopics", summary = "政策宣传专区的专题及其内容数")
    public Response topics() {
        return answers.answer(Question.of("topics").revision(published.revision()), () -> {
            Map<String, Long> counts = published.counts();
            return java.util.Arrays.stream(Topic.values()).map(t -> new Section(Label.of(t), counts.get(t.name()))).toList();
        });
    }

    @GET
    @Path("policies/{topic}")
    @Operation(operationId = "listPublicAcademyTopic", summary = "一个专题的政策、办事指南、文书与问答（最新在前）",
            responses = @ApiResponse(responseCode = "200", description = "内容的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryPage.class))))
    public Response topic(@PathParam("topic") Topic topic, @QueryParam("kind") ContentKind kind,
                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return entries(new PublishedItemStore.Filter(null, topic, kind), page, size);
    }

    @GET
    @Path("items/{id}")
    @Operation(operationId = "getPublicAcademyItem", summary = "一项已发布内容",
            responses = @ApiResponse(responseCode = "200", description = "内容",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.PublicItem.class))))
    public Response item(@PathParam("id") String id) {
        return answers.answer(Question.of("item " + id).revision(published.revision()), () -> published.item(id)
                .map(e -> ItemViews.published(e.getKey().item(), e.getValue(), e.getKey().city(),
                        // A city guide's venue is the city's: a district's directory does not hold it.
                        e.getKey().city() ? null : items.venueOf(ItemService.guide(e.getValue())).map(ItemViews.Place::of).orElse(null)))
                .orElseThrow(() -> notFound(id)));
    }

    @GET
    @Path("items/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getPublicAcademyItemFile", summary = "下载法律制式文书",
            description = "文件名为 UTF-8（RFC 6266 filename*），类型按文件内容判定。")
    public Response file(@PathParam("id") String id, @Context Request request) {
        var found = published.item(id).orElseThrow(() -> notFound(id));
        String fileId = found.getValue().fileId;
        if (fileId == null) {
            throw ProblemException.notFound("这项内容没有可下载的文件");
        }
        return found.getKey().city() ? files.downloadAsCity(fileId, request) : files.download(fileId, request);
    }

    private Response entries(PublishedItemStore.Filter filter, Integer page, Integer size) {
        PageRequest paging = PageRequest.of(page, size, null, Set.of("publishedAt"), "-publishedAt");
        // A page is cut from the district's and the city's lists merged: deep pages would read them whole.
        new org.smartjustice.platform.api.problem.Validation().check((long) paging.page() * paging.size() <= MAX_DEPTH, "page",
                "只能翻到前 " + MAX_DEPTH + " 条，请用专题、类型筛选或搜索").throwIfInvalid();
        String question = "entries " + filter + " " + paging.page() + "/" + paging.size();
        return answers.answer(Question.of(question).revision(published.revision()), () -> {
            Page<PublishedItemStore.Found> found = published.page(filter, paging);
            return new EntryPage(found.items().stream().map(f -> ItemViews.entry(f.item(), f.city())).toList(), found.total(),
                    found.page(), found.size());
        });
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("已发布内容", id);
    }
}
