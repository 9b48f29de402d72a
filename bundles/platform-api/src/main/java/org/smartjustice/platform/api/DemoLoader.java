package org.smartjustice.platform.api;

import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What every module's demo profile does: load synthetic data into the configured tenants once, when
 * the tenant has none of the module's data yet, as soon as the platform says the tenant is there (at
 * start for the tenants there are, at once for one created later). A failed load is logged and leaves
 * the tenant as it was; it never stops the module. A module extends it as a DS component
 * ({@code service = TenantListener.class}, its {@code org.smartjustice.<module>.demo} PID required) and
 * calls {@link #configure} from its activation.
 *
 * @since 1.4
 */
public abstract class DemoLoader implements TenantListener {

    private final Logger log = Logger.getLogger(getClass().getName());
    private volatile Set<String> tenants = Set.of();

    /**
     * @param enabled    the demo profile is on (never in production)
     * @param tenantList comma-separated tenant codes
     */
    protected final void configure(boolean enabled, String tenantList) {
        tenants = enabled && tenantList != null ? Arrays.stream(tenantList.split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    /** The tenants demo data goes to, as configured. */
    protected final Set<String> tenants() {
        return tenants;
    }

    /** Runs in the tenant's scope, on the platform's tenant-events thread. */
    @Override
    public final void tenantAdded(Tenant tenant) {
        if (!tenants.contains(tenant.code()) || hasData(tenant)) {
            return;
        }
        try {
            String loaded = load(tenant);
            log.info(() -> "demo data for " + tenant.code() + ": " + loaded);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not load demo data for " + tenant.code(), e);
        }
    }

    /** Whether the tenant already has the module's data (then nothing is loaded). */
    protected abstract boolean hasData(Tenant tenant);

    /**
     * Loads the demo data into the tenant, in its scope, and audits the fact.
     *
     * @return what was loaded, for the log (e.g. "1,204 venues, 3 rejected")
     */
    protected abstract String load(Tenant tenant);
}
