package org.smartjustice.platform.internal.persistence;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/**
 * Hands each module its persistence (an extender, as Aries JPA is one for persistence units):
 * when a bundle's unit {@code justice-<module>} is ready (Aries JPA registers its
 * {@link JpaTemplate}), the platform runs that bundle's migrations from
 * {@code db/migration/<module>} ({@code -} in the id read as {@code _}) and only then registers a
 * {@link TenantPersistence} for the unit. A module's components reference that service, so none
 * of them runs on a schema that is not up to date. When the unit goes, so does the service.
 */
@Component(immediate = true)
public class ModulePersistence {

    static final String PREFIX = "justice-";
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final Logger LOG = Logger.getLogger(ModulePersistence.class.getName());

    @Reference
    private SchemaMigrator migrator;

    @Reference
    private TenantContext context;

    /** How long a stopping module's work in progress may take to end before its unit closes. */
    static final java.time.Duration DRAIN = java.time.Duration.ofSeconds(10);

    private final Map<ServiceReference<JpaTemplate>, ServiceRegistration<TenantPersistence>> handed = new ConcurrentHashMap<>();
    private final Map<ServiceReference<JpaTemplate>, TenantJpa> units = new ConcurrentHashMap<>();
    private volatile BundleContext bundleContext;

    @Activate
    void activate(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
        pending.forEach(this::handOver);
        pending.clear();
    }

    @Deactivate
    void deactivate() {
        handed.values().forEach(ModulePersistence::unregister);
        handed.clear();
        units.clear();
        bundleContext = null;
    }

    /** Templates bound before activation (DS binds static-greedy references first). */
    private final Map<ServiceReference<JpaTemplate>, JpaTemplate> pending = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(&(" + TenantPersistence.UNIT + "=" + PREFIX + "*)(!(" + TenantPersistence.UNIT + "=" + PREFIX + "platform)))")
    void bindTemplate(JpaTemplate template, ServiceReference<JpaTemplate> ref) {
        if (bundleContext == null) {
            pending.put(ref, template);
        } else {
            handOver(ref, template);
        }
    }

    void unbindTemplate(JpaTemplate template, ServiceReference<JpaTemplate> ref) {
        pending.remove(ref);
        // Aries JPA closes the factory only after this returns: the module's work ends first.
        TenantJpa unit = units.remove(ref);
        if (unit != null) {
            try {
                if (!unit.drain(DRAIN)) {
                    LOG.warning(() -> "work of unit " + ref.getProperty(TenantPersistence.UNIT) + " still running after "
                            + DRAIN.toSeconds() + " s; its unit closes now");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        unregister(handed.remove(ref));
    }

    private void handOver(ServiceReference<JpaTemplate> ref, JpaTemplate template) {
        String unit = String.valueOf(ref.getProperty(TenantPersistence.UNIT));
        String module = unit.substring(PREFIX.length());
        Bundle owner = ref.getBundle();
        if (owner == null || !MODULE.matcher(module).matches()) {
            LOG.warning(() -> "persistence unit " + unit + " is not handed over: a module id is lower-case letters, digits and -");
            return;
        }
        try {
            migrator.migrate(module.replace('-', '_'), owner);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "migrations of " + owner.getSymbolicName() + " for unit " + unit
                    + " failed; its persistence is not handed over and the module's components stay unsatisfied", e);
            return;
        }
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(TenantPersistence.UNIT, unit);
        props.put("justice.module.bundle", owner.getSymbolicName());
        BundleContext bc = bundleContext;
        if (bc != null) {
            TenantJpa persistence = new TenantJpa(template, context);
            units.put(ref, persistence);
            handed.put(ref, bc.registerService(TenantPersistence.class, persistence, props));
            LOG.info(() -> "persistence of " + owner.getSymbolicName() + " (" + unit + ") handed over");
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the platform bundle is stopping
        }
    }
}
