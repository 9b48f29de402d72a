package org.smartjustice.platform.internal.modules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.JusticeResource;

/**
 * What modules are installed right now, and their REST resources. Services come and go with
 * their features, and the registry follows at once: that is all hot deploy needs.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    private final Map<String, InstalledModule> modules = new ConcurrentHashMap<>();
    private final Map<String, JusticeResource> tenantResources = new ConcurrentHashMap<>();
    private final Map<String, JusticeResource> publicResources = new ConcurrentHashMap<>();
    private final List<ModuleListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(ServiceReference<JusticeModule> ref, JusticeModule module) {
        Bundle bundle = ref.getBundle();
        InstalledModule installed = new InstalledModule(module,
                bundle == null ? "?" : bundle.getSymbolicName(),
                bundle == null ? "?" : bundle.getVersion().toString());
        InstalledModule previous = modules.putIfAbsent(module.id(), installed);
        if (previous != null) {
            LOG.warning(() -> "module id " + module.id() + " is already provided by " + previous.bundle()
                    + "; ignoring the one from " + installed.bundle());
            return;
        }
        generation.incrementAndGet();
        listeners.forEach(l -> l.installed(installed));
    }

    void unbindModule(JusticeModule module) {
        modules.computeIfPresent(module.id(), (id, current) -> current.module() == module ? null : current);
        generation.incrementAndGet();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindResource(JusticeResource resource, Map<String, Object> properties) {
        String module = String.valueOf(properties.get(JusticeResource.MODULE));
        resourcesOf(properties).put(module, resource);
        generation.incrementAndGet();
    }

    void unbindResource(JusticeResource resource, Map<String, Object> properties) {
        String module = String.valueOf(properties.get(JusticeResource.MODULE));
        resourcesOf(properties).remove(module, resource);
        generation.incrementAndGet();
    }

    private Map<String, JusticeResource> resourcesOf(Map<String, Object> properties) {
        return JusticeResource.SCOPE_PUBLIC.equals(properties.get(JusticeResource.SCOPE)) ? publicResources : tenantResources;
    }

    public List<InstalledModule> installed() {
        return modules.values().stream().sorted(Comparator.comparing(InstalledModule::id)).toList();
    }

    public Optional<InstalledModule> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    public Optional<JusticeResource> tenantResource(String module) {
        return Optional.ofNullable(tenantResources.get(module));
    }

    public Optional<JusticeResource> publicResource(String module) {
        return Optional.ofNullable(publicResources.get(module));
    }

    /** Tenant-scoped resources by module id, sorted; a snapshot. */
    public Map<String, JusticeResource> tenantResources() {
        return new TreeMap<>(tenantResources);
    }

    /** Public resources by module id, sorted; a snapshot. */
    public Map<String, JusticeResource> publicResources() {
        return new TreeMap<>(publicResources);
    }

    /**
     * Changes whenever a module or a resource comes or goes, so that what is derived from the
     * registry (the OpenAPI document) can be cached and rebuilt only when it is stale.
     */
    public long generation() {
        return generation.get();
    }

    /** Tells the listener of every module installed from now on, and of those already installed. */
    public void addListener(ModuleListener listener) {
        listeners.add(listener);
        modules.values().forEach(listener::installed);
    }

    public void removeListener(ModuleListener listener) {
        listeners.remove(listener);
    }

    /** Told when a module appears in the container. */
    public interface ModuleListener {
        void installed(InstalledModule module);
    }
}
