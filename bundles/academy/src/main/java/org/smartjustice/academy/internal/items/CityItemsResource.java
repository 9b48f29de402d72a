package org.smartjustice.academy.internal.items;

import java.util.List;
import java.util.Set;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;

/**
 * {@code .../academy/city-items}: what the city publishes for every district, as a district's
 * editors see it, and the ones the district hides for itself (its users and public do not see them).
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + AcademyModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
public class CityItemsResource implements JusticeResource {

    @Reference
    private ItemStore store;

    @Reference
    private ItemService items;

    @Reference
    private PublishedItemStore published;

    /** A city item and whether this district hides it. */
    public record CityItem(ItemViews.PublicEntry item, boolean hidden) {
    }

    public record CityItemPage(List<CityItem> items, long total, int page, int size) {
    }

    @GET
    @Path("city-items")
    @Operation(operationId = "listAcademyCityItems", summary = "市级发布的内容（及本区是否隐藏）")
    public CityItemPage list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size, null, Set.of("publishedAt"), "-publishedAt");
        requireDistrict();
        Set<String> hidden = published.hidden();
        Page<ItemEntity> found = store.cityPublished(paging);
        return new CityItemPage(found.items().stream().map(i -> new CityItem(ItemViews.entry(i, true), hidden.contains(i.id())))
                .toList(), found.total(), found.page(), found.size());
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @PUT
    @Path("city-items/{id}/hidden")
    @Operation(operationId = "hideAcademyCityItem", summary = "本区隐藏一项市级内容")
    public Response hide(@PathParam("id") String id) {
        requireDistrict();
        items.hideCityItem(id);
        return Response.noContent().build();
    }

    @RequiresRole({ Role.EDITOR, Role.DISTRICT_ADMIN })
    @DELETE
    @Path("city-items/{id}/hidden")
    @Operation(operationId = "showAcademyCityItem", summary = "本区重新显示一项市级内容")
    public Response show(@PathParam("id") String id) {
        requireDistrict();
        items.showCityItem(id);
        return Response.noContent().build();
    }

    private void requireDistrict() {
        if (!published.isDistrict()) {
            throw ProblemException.invalidField("tenant", "市级内容由区县隐藏或显示；市本级无需此操作");
        }
    }
}
