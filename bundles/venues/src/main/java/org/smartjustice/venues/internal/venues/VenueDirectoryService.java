package org.smartjustice.venues.internal.venues;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.venues.api.VenueDirectory;
import org.smartjustice.venues.api.VenueQuery;
import org.smartjustice.venues.api.VenueSummary;

/** The venues API for other modules (the map), reading the current request's tenant. */
@Component(service = VenueDirectory.class)
public class VenueDirectoryService implements VenueDirectory {

    @Reference
    private VenueStore store;

    @Reference
    private VenueService service;

    @Reference
    private TenantContext context;

    @Override
    public Result find(VenueQuery query) {
        VenueStore.Found found = store.list(query, "name", false);
        return new Result(found.items().stream().map(VenueView::summary).toList(), found.total());
    }

    @Override
    public Optional<VenueSummary> get(String id) {
        return store.find(id).map(VenueView::summary);
    }

    @Override
    public List<Nearby> nearest(VenueQuery query, double lon, double lat, int limit) {
        double[] bounds = service.boundsOf(context.requireTenant());
        return store.nearest(query, lon, lat, limit, bounds).stream()
                .map(n -> new Nearby(VenueView.summary(n.venue()), n.meters())).toList();
    }

    @Override
    public OffsetDateTime lastModified() {
        LocalDateTime last = store.changes().last();
        return last == null ? null : UtcTimes.toOffset(last);
    }

    @Override
    public String revision() {
        return store.changes().revision();
    }
}
