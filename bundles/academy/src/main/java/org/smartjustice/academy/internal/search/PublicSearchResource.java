package org.smartjustice.academy.internal.search;

import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.academy.internal.AcademyModule;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.problem.Validation;

/** {@code /api/v1/public/t/{tenant}/academy/search}: 智能搜索 for the public, anonymously. */
@Component(service = JusticeResource.class, property = { JusticeResource.MODULE + "=" + AcademyModule.ID,
        JusticeResource.SCOPE + "=" + JusticeResource.SCOPE_PUBLIC })
@Produces(MediaType.APPLICATION_JSON)
public class PublicSearchResource implements JusticeResource {

    @Reference
    private SearchService search;

    @GET
    @Path("search")
    @Operation(operationId = "searchPublicAcademy", summary = "智能搜索（已发布内容）",
            description = "中文全文检索，可按类型、板块、专题筛选；标题与摘要中命中的词以 <em> 标出（其余字符已转义）；同义词（法援 = 法律援助 等）一并检索。")
    public SearchService.Results search(@QueryParam("q") String q, @QueryParam("kind") ContentKind kind,
                                        @QueryParam("audience") Audience audience, @QueryParam("topic") Topic topic,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                        @Context HttpServletRequest request) {
        PageRequest paging = SearchParameters.check(q, page, size);
        return search.search(q, kind, audience, topic, paging.page(), paging.size(), request.getRemoteAddr());
    }

    @GET
    @Path("search/suggest")
    @Operation(operationId = "suggestPublicAcademy", summary = "输入提示：包含已输入文字的内容标题")
    public List<String> suggest(@Parameter(description = "已输入的文字（一个字起）") @QueryParam("q") String q) {
        new Validation().required("q", q).maxLength("q", q, SearchService.QUERY_MAX).plainText("q", q).throwIfInvalid();
        return search.suggest(q);
    }
}
