package org.smartjustice.academy.internal.search;

import java.time.LocalDate;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.academy.internal.AcademyModule;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;

/**
 * {@code .../academy/search}: the same search for the district's users; for its editors, what
 * people search for (hot queries, and those that found nothing: the content to write next), the
 * synonyms, and a rebuild of this node's index.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + AcademyModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SearchResource implements JusticeResource {

    @Reference
    private SearchService search;

    @Reference
    private SynonymStore synonyms;

    @Reference
    private SearchLog log;

    @Reference
    private AuditLog audit;

    @Reference
    private Jobs jobs;

    public record SearchQueries(LocalDate from, List<SearchQueryStore.QueryCount> hot, List<SearchQueryStore.QueryCount> noResult) {
    }

    public record SynonymInput(List<String> groups) {
    }

    @RequiresRole({ Role.GRID_WORKER, Role.EDITOR, Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("search")
    @Operation(operationId = "searchAcademy", summary = "智能搜索（已发布内容）")
    public SearchService.Results search(@QueryParam("q") String q, @QueryParam("kind") ContentKind kind,
                                        @QueryParam("audience") Audience audience, @QueryParam("topic") Topic topic,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                        @Context HttpServletRequest request) {
        PageRequest paging = SearchParameters.check(q, page, size);
        return search.search(q, kind, audience, topic, paging.page(), paging.size(), request.getRemoteAddr());
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("search/queries")
    @Operation(operationId = "listAcademySearchQueries", summary = "热门搜索与无结果搜索",
            description = "days 天内（默认 30）搜索最多的词，以及搜不到内容的词：应当补写的内容。只列出同一天有足够多不同的人（默认 3 位）搜过的词。")
    public SearchQueries queries(@QueryParam("days") Integer days) {
        new Validation().range("days", days, 1, 366).throwIfInvalid();
        LocalDate from = LocalDate.now(UtcTimes.DISPLAY_ZONE).minusDays((days == null ? 30 : days) - 1L);
        SearchLog.Lists lists = log.lists(from);
        return new SearchQueries(from, lists.hot(), lists.noResult());
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("search/synonyms")
    @Operation(operationId = "getAcademySynonyms", summary = "同义词（每组一行，逗号分隔）")
    public SynonymStore.Listing getSynonyms() {
        return synonyms.listing();
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @PUT
    @Path("search/synonyms")
    @Operation(operationId = "putAcademySynonyms", summary = "修改同义词", description = "整体替换；空列表恢复内置同义词。即时生效。")
    public SynonymStore.Listing putSynonyms(SynonymInput input) {
        if (input.groups() == null) {
            throw ProblemException.invalidField("groups", "必填");
        }
        SynonymStore.Listing l = synonyms.replace(input.groups());
        audit.record("academy.search.synonyms", "search/synonyms", "success", "同义词 " + l.groups().size() + " 组");
        return l;
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("search/rebuild")
    @Operation(operationId = "rebuildAcademySearch", summary = "从数据库重建本节点的搜索索引（后台任务）")
    public Response rebuild(@Context UriInfo uri) {
        Job job = jobs.start("academy.search.rebuild", 0, progress -> {
            int n = search.rebuild();
            progress.done(n);
            audit.record("academy.search.rebuild", "search/rebuild", "success", "重建索引：" + n + " 项");
            return java.util.Map.of("items", n);
        });
        return job.accepted(uri);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("search/rebuild/{id}")
    @Operation(operationId = "getAcademySearchRebuild", summary = "重建任务的状态")
    public Job rebuildJob(@javax.ws.rs.PathParam("id") String id) {
        // Another kind of job of the tenant (an import) is not a rebuild.
        return jobs.find(id).filter(j -> j.kind().equals("academy.search.rebuild"))
                .orElseThrow(() -> ProblemException.notFound("重建任务", id));
    }
}
