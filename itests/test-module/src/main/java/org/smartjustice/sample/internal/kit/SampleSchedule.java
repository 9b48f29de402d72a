package org.smartjustice.sample.internal.kit;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.schedules.Schedule;
import org.smartjustice.platform.api.schedules.Schedules;

/**
 * An hourly schedule that counts its runs per tenant and notes what scope each ran in (SchedulesIT);
 * {@code GET schedule-runs} shows the counts of every tenant.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=sample")
@Produces(MediaType.APPLICATION_JSON)
public class SampleSchedule implements JusticeResource {

    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    static final Map<String, String> SCOPES = new ConcurrentHashMap<>();

    @Reference
    private Schedules schedules;

    @Reference
    private TenantContext context;

    private Schedule schedule;

    @Activate
    void activate() {
        schedule = schedules.schedule("tenant-runs", Duration.ofHours(1), tenant -> {
            RUNS.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
            SCOPES.put(tenant, context.requireTenant() + " " + context.principal().subject());
            // Long enough for a second claim to be tried while the run holds the lease.
            Thread.sleep(20);
        });
    }

    @Deactivate
    void deactivate() {
        schedule.close();
    }

    @GET
    @Path("schedule-runs")
    public Map<String, Object> runs() {
        Map<String, Integer> counts = new TreeMap<>();
        RUNS.forEach((tenant, n) -> counts.put(tenant, n.get()));
        return Map.of("name", schedule.name(), "runs", counts, "scopes", new TreeMap<>(SCOPES));
    }
}
