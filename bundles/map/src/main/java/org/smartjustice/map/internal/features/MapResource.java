package org.smartjustice.map.internal.features;

import static org.smartjustice.map.internal.features.Features.GEO_JSON;
import static org.smartjustice.map.internal.features.Features.JSON;
import static org.smartjustice.map.internal.features.Features.link;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.map.internal.MapConfig;
import org.smartjustice.map.internal.MapModule;
import org.smartjustice.map.internal.MapSettings;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Answers;
import org.smartjustice.platform.api.rest.Question;

/**
 * {@code /api/v1/public/t/{tenant}/map}: the public map of a district as OGC API - Features
 * Part 1 (landing page, conformance, collections, the {@code venues} collection and its items as
 * GeoJSON), plus the page's configuration. Anonymous and read-only; the platform has already
 * checked that the tenant exists, is not suspended and has the map enabled.
 *
 * <p>Venues come from {@link VenueSource} only, an optional dynamic reference: while the venues
 * module is absent every data endpoint answers 503 {@code module-unavailable}, and serves again as
 * soon as it is back.
 */
@Component(service = JusticeResource.class, configurationPid = MapConfig.PID, property = {
        JusticeResource.MODULE + "=" + MapModule.ID, JusticeResource.SCOPE + "=" + JusticeResource.SCOPE_PUBLIC })
@Designate(ocd = MapConfig.class)
@Produces(MediaType.APPLICATION_JSON)
public class MapResource implements JusticeResource {

    private static final Set<String> ONLY_FORMAT = Set.of("f");
    private static final Set<String> FEATURE_PARAMETERS = Set.of("crs", "f");
    private static final String CACHE_CONTROL = "public, no-cache";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Reference
    private TenantContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VenueSource source;

    private volatile MapSettings settings = MapSettings.DEFAULTS;
    @Reference
    private Answers answers;

    @Activate
    @Modified
    void modified(MapConfig config) {
        settings = MapSettings.of(config);
    }

    /** The landing page. */
    @GET
    @Operation(operationId = "getMapLanding", summary = "地图服务首页（OGC API - Features）")
    public Map<String, Object> landing(@Context UriInfo uri) {
        new Params(uri.getQueryParameters(), ONLY_FORMAT).validation().throwIfInvalid();
        String tenant = context.requireTenant();
        URI api = uri.getBaseUri();
        return Ogc.landing(base(uri, tenant), tenant, api.resolve("openapi.json").toString(),
                api.resolve("/map/?tenant=" + tenant).toString());
    }

    @GET
    @Path("conformance")
    @Operation(operationId = "getMapConformance", summary = "符合的标准（OGC API - Features）")
    public Map<String, Object> conformance(@Context UriInfo uri) {
        new Params(uri.getQueryParameters(), ONLY_FORMAT).validation().throwIfInvalid();
        return Ogc.conformance();
    }

    /** What the web page needs to draw the base map ({@code etc/org.smartjustice.map.cfg}). */
    @GET
    @Path("config")
    @Operation(operationId = "getMapConfig", summary = "地图页面的底图配置")
    public Response config(@Context UriInfo uri) {
        new Params(uri.getQueryParameters(), Set.of()).validation().throwIfInvalid();
        return Response.ok(settings.json(context.requireTenant())).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("collections")
    @Operation(operationId = "listMapCollections", summary = "数据集列表")
    public Response collections(@Context UriInfo uri) {
        new Params(uri.getQueryParameters(), ONLY_FORMAT).validation().throwIfInvalid();
        VenueSource src = source();
        return conditional(uri, JSON, src, tenant -> {
            String base = base(uri, tenant);
            return Ogc.collections(base, venuesCollection(src, base));
        });
    }

    @GET
    @Path("collections/{collectionId}")
    @Operation(operationId = "getMapCollection", summary = "数据集")
    public Response collection(@PathParam("collectionId") String collectionId, @Context UriInfo uri) {
        requireCollection(collectionId);
        new Params(uri.getQueryParameters(), ONLY_FORMAT).validation().throwIfInvalid();
        VenueSource src = source();
        return conditional(uri, JSON, src, tenant -> venuesCollection(src, base(uri, tenant)));
    }

    /**
     * The query parameters are declared for the OpenAPI description only; they are read, with
     * OGC's check for unknown ones, from the request URI ({@link ItemsRequest}).
     */
    @GET
    @Path("collections/{collectionId}/items")
    @Produces({ GEO_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "listMapFeatures", summary = "阵地点位（GeoJSON）",
            description = "OGC API - Features items：bbox、limit、offset、type、q、near（由近及远），坐标系按 crs 输入输出。")
    public Response items(@PathParam("collectionId") String collectionId, @QueryParam("bbox") String bbox,
                          @QueryParam("limit") String limit, @QueryParam("offset") String offset,
                          @QueryParam("type") List<String> type, @QueryParam("q") String q,
                          @QueryParam("near") String near, @QueryParam("crs") String crs,
                          @QueryParam("f") String f, @Context UriInfo uri) {
        requireCollection(collectionId);
        VenueSource src = source();
        ItemsRequest r = ItemsRequest.parse(uri.getQueryParameters(), src.kinds());
        return conditional(uri, GEO_JSON, src, tenant -> {

            List<Map<String, Object>> features = new ArrayList<>();
            long matched;
            if (r.near() == null) {
                VenueSource.Found found = src.find(r.filter(), r.offset(), r.limit());
                matched = found.total();
                found.items().forEach(v -> features.add(Features.feature(v, r.crs(), null, null)));
            } else {
                List<VenueSource.Near> nearby = nearest(src, r);
                matched = nearMatched(src, r, nearby);
                int from = Math.min(r.offset(), nearby.size());
                int to = Math.min(r.offset() + r.limit(), nearby.size());
                nearby.subList(from, to).forEach(n -> features.add(Features.feature(n.venue(), r.crs(), n.meters(), null)));
            }

            String base = base(uri, tenant);
            List<Map<String, Object>> links = new ArrayList<>();
            links.add(link(uri.getRequestUri().toString(), "self", GEO_JSON, "本页"));
            if (r.offset() + features.size() < matched && !features.isEmpty()) {
                links.add(link(page(uri, r.offset() + r.limit(), r.limit()), "next", GEO_JSON, "下一页"));
            }
            if (r.offset() > 0) {
                links.add(link(page(uri, Math.max(0, r.offset() - r.limit()), r.limit()), "prev", GEO_JSON, "上一页"));
            }
            links.add(link(base + "/collections/" + Ogc.COLLECTION, "collection", JSON, "公共法律服务阵地"));
            String now = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS).format(TIME);
            return Features.collection(features, matched, r.crs(), now, links);
        });
    }

    @GET
    @Path("collections/{collectionId}/items/{featureId}")
    @Produces({ GEO_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getMapFeature", summary = "单个阵地点位（GeoJSON）")
    public Response item(@PathParam("collectionId") String collectionId, @PathParam("featureId") String featureId,
                         @QueryParam("crs") String crs, @QueryParam("f") String f, @Context UriInfo uri) {
        requireCollection(collectionId);
        Params p = new Params(uri.getQueryParameters(), FEATURE_PARAMETERS);
        p.format();
        CoordinateSystem system = p.crs();
        p.validation().throwIfInvalid();
        VenueSource src = source();
        return conditional(uri, GEO_JSON, src, tenant -> {
            MapVenue v = src.get(featureId).orElseThrow(() -> ProblemException.notFound("公开阵地", featureId));
            String base = base(uri, tenant) + "/collections/" + Ogc.COLLECTION;
            Map<String, Object> feature = Features.feature(v, system, null, List.of(
                    link(uri.getRequestUri().toString(), "self", GEO_JSON, "本阵地"),
                    link(base, "collection", JSON, "公共法律服务阵地")));
            return feature;
        });
    }

    /** Nearest first: from the directory's own nearest search, or, inside a bbox, by sorting the box's venues. */
    static List<VenueSource.Near> nearest(VenueSource src, ItemsRequest r) {
        LonLat near = r.near();
        if (r.bbox() == null) {
            long wanted = (long) r.offset() + r.limit();
            return src.nearest(r.filter(), near.lon(), near.lat(), (int) Math.min(wanted, Integer.MAX_VALUE));
        }
        List<VenueSource.Near> all = new ArrayList<>();
        for (MapVenue v : src.find(r.filter(), 0, Integer.MAX_VALUE).items()) {
            all.add(new VenueSource.Near(v, near.metersTo(new LonLat(v.lon(), v.lat()))));
        }
        all.sort(Comparator.comparingDouble(VenueSource.Near::meters).thenComparing(n -> n.venue().id()));
        return all;
    }

    static long nearMatched(VenueSource src, ItemsRequest r, List<VenueSource.Near> near) {
        if (r.bbox() != null) {
            return near.size();
        }
        if (near.size() < (long) r.offset() + r.limit()) {
            return near.size();
        }
        return src.find(r.filter(), 0, 1).total();
    }

    /** The collection with the extent and count of the tenant's active venues (kept with the answer). */
    private static Map<String, Object> venuesCollection(VenueSource src, String base) {
        List<MapVenue> all = src.find(new VenueSource.Filter(Set.of(), null, null), 0, Integer.MAX_VALUE).items();
        double[] bbox = null;
        for (MapVenue v : all) {
            if (bbox == null) {
                bbox = new double[] { v.lon(), v.lat(), v.lon(), v.lat() };
            } else {
                bbox[0] = Math.min(bbox[0], v.lon());
                bbox[1] = Math.min(bbox[1], v.lat());
                bbox[2] = Math.max(bbox[2], v.lon());
                bbox[3] = Math.max(bbox[3], v.lat());
            }
        }
        return Ogc.collection(base, bbox, all.size(), src.kinds());
    }

    private VenueSource source() {
        VenueSource s = source;
        if (s == null) {
            throw VenuesUnavailable.problem();
        }
        return s;
    }

    private static void requireCollection(String id) {
        if (!Ogc.COLLECTION.equals(id)) {
            throw ProblemException.notFound("没有数据集 " + ProblemException.shownId(id) + "，可用：" + Ogc.COLLECTION);
        }
    }

    private static String base(UriInfo uri, String tenant) {
        return uri.getBaseUriBuilder().path("public/t/{tenant}/" + MapModule.ID).build(tenant).toString();
    }

    private static String page(UriInfo uri, int offset, int limit) {
        return uri.getRequestUriBuilder().replaceQueryParam("offset", offset).replaceQueryParam("limit", limit)
                .build().toString();
    }

    /**
     * The answer kept under the request (links are absolute, so the whole URI, host included) and
     * the revision of the tenant's venues, with the platform's ETag, Last-Modified and 304 handling:
     * a host's map widget revalidates cheaply until a venue of that district changes.
     */
    private Response conditional(UriInfo uri, String type, VenueSource src, Function<String, Object> body) {
        String tenant = context.requireTenant();
        return answers.answer(Question.of(uri.getRequestUri().toString()).revision(src.revision()).as(type)
                .lastModified(src.lastModified()).cacheControl(CACHE_CONTROL), () -> body.apply(tenant));
    }
}
