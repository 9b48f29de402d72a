package org.smartjustice.map.internal.features;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.venues.api.VenueDirectory;
import org.smartjustice.venues.api.VenueQuery;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueSummary;
import org.smartjustice.venues.api.VenueType;

/**
 * The only class of the map that knows the venues module: it reads venues through
 * {@link VenueDirectory}, bound optionally and dynamically, so that venues can be uninstalled
 * and installed again while the map keeps running (503 meanwhile). The directory reads the
 * tenant of the current request, so it is called on the request thread only. The API package
 * comes from the venues-api bundle, which stays when the venues module goes, so the map's wiring
 * never changes.
 */
@Component(service = VenueSource.class)
public class DirectoryVenueSource implements VenueSource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VenueDirectory directory;

    @Override
    public List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (VenueType t : VenueType.values()) {
            kinds.add(new Kind(t.name(), t.title()));
        }
        return kinds;
    }

    @Override
    public Found find(Filter filter, int offset, int limit) {
        return call(d -> {
            VenueDirectory.Result r = d.find(query(filter, filter.bbox(), offset, limit));
            return new Found(r.items().stream().map(DirectoryVenueSource::venue).toList(), r.total());
        });
    }

    @Override
    public Optional<MapVenue> get(String id) {
        return call(d -> d.get(id).filter(v -> v.status() == VenueStatus.ACTIVE).map(DirectoryVenueSource::venue));
    }

    @Override
    public List<Near> nearest(Filter filter, double lon, double lat, int limit) {
        return call(d -> d.nearest(query(filter, null, 0, limit), lon, lat, limit).stream()
                .map(n -> new Near(venue(n.venue()), n.distanceMeters())).toList());
    }

    @Override
    public OffsetDateTime lastModified() {
        return call(VenueDirectory::lastModified);
    }

    @Override
    public String revision() {
        return call(VenueDirectory::revision);
    }

    /** 503 while venues is absent, and also when it went away during the call. */
    private <T> T call(Function<VenueDirectory, T> work) {
        VenueDirectory d = directory;
        if (d == null) {
            throw VenuesUnavailable.problem();
        }
        try {
            return work.apply(d);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (directory != d) {
                throw VenuesUnavailable.problem();
            }
            throw e;
        }
    }

    private static VenueQuery query(Filter filter, double[] bbox, int offset, int limit) {
        Set<VenueType> types = EnumSet.noneOf(VenueType.class);
        filter.types().forEach(t -> types.add(VenueType.valueOf(t)));
        return new VenueQuery(types, EnumSet.of(VenueStatus.ACTIVE), null, filter.text(), bbox, offset, limit);
    }

    static MapVenue venue(VenueSummary v) {
        return new MapVenue(v.id(), v.type().name(), v.type().title(), v.level() == null ? null : v.level().name(),
                v.level() == null ? null : v.level().title(), v.name(), v.address(), v.streetCode(), v.lon(), v.lat(),
                v.phone(), v.openingHours(), v.services());
    }
}
