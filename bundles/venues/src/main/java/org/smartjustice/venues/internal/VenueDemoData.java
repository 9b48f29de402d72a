package org.smartjustice.venues.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.smartjustice.platform.api.TenantTasks;
import org.smartjustice.venues.internal.imports.ImportReport;

/**
 * Demo profile of the venues module: synthetic venues for the configured districts, loaded once
 * when a district has none. Off unless {@code org.smartjustice.venues.demo} says {@code enabled = true}.
 */
@Component(service = {}, configurationPid = VenueDemoData.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = VenueDemoData.Config.class)
public class VenueDemoData {

    static final String PID = "org.smartjustice.venues.demo";
    private static final Logger LOG = Logger.getLogger(VenueDemoData.class.getName());

    @ObjectClassDefinition(name = "智慧司法 阵地演示数据", description = "Synthetic venues for demos and benchmarks.")
    @interface Config {
        @AttributeDefinition(description = "Load synthetic venues into districts that have none.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Comma-separated tenant codes.")
        String tenants() default "410102,410122";

        @AttributeDefinition(description = "Village studios (工作室) generated per street.")
        int studiosPerStreet() default 12;
    }

    @Reference
    private TenantTasks tasks;

    @Reference
    private VenueService service;

    @Reference
    private VenueStore store;

    @Activate
    void activate(Config config) {
        if (!config.enabled()) {
            return;
        }
        List<String> tenants = Arrays.stream(config.tenants().split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        // Off the activating thread: DS activation must stay quick, and the work needs a scope of its own.
        loader = new Thread(() -> {
            for (String tenant : tenants) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                load(tenant, config.studiosPerStreet());
            }
        }, "venues-demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    /** The loader ends with the component: it is interrupted (it may be waiting for a tenant) and awaited. */
    @Deactivate
    void deactivate() {
        stop(loader, 10_000);
        loader = null;
    }

    static void stop(Thread thread, long waitMillis) {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warning(() -> thread.getName() + " did not stop within " + waitMillis + " ms");
        }
    }

    private volatile Thread loader;

    private void load(String tenant, int studiosPerStreet) {
        try {
            whenTenantExists(tasks, tenant, TENANT_PATIENCE_MS, () -> {
                if (store.read(em -> em.createQuery("select count(v) from VenueEntity v", Long.class).getSingleResult()) > 0) {
                    return null;
                }
                List<VenueInput> venues = new DemoVenues(service.divisions()).generate(tenant, studiosPerStreet);
                ImportReport report = new Importer(service).run(tenant, venues);
                LOG.info(() -> "demo venues for " + tenant + ": " + report.accepted() + " stored, " + report.rejected()
                        + " rejected");
                return null;
            });
        } catch (InterruptedException e) {
            LOG.info(() -> "demo venues for " + tenant + " not loaded: the venues module stopped");
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not load demo venues for " + tenant, e);
        }
    }

    /** How long the loader waits for a district to become a tenant. */
    static final long TENANT_PATIENCE_MS = 120_000;
    private static final long TENANT_POLL_MS = 500;

    /**
     * Runs the work as the demo actor for the tenant as soon as the tenant exists: on a first start
     * the platform's own demo profile creates the districts, and nothing orders its activation
     * before this one. {@code runAs} refuses an unknown tenant before the work starts; a refusal
     * after that, or one that lasts longer than {@code patienceMs}, is passed on.
     */
    static <T> T whenTenantExists(TenantTasks tasks, String tenant, long patienceMs, Callable<T> work) throws Exception {
        long deadline = System.currentTimeMillis() + patienceMs;
        while (true) {
            AtomicBoolean started = new AtomicBoolean();
            try {
                return tasks.runAs(tenant, "venues-demo", () -> {
                    started.set(true);
                    return work.call();
                });
            } catch (IllegalStateException notYet) {
                if (started.get() || System.currentTimeMillis() >= deadline) {
                    throw notYet;
                }
                Thread.sleep(TENANT_POLL_MS);
            }
        }
    }
}
