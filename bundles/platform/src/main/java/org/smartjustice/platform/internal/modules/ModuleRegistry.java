package org.smartjustice.platform.internal.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
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
 *
 * <p>Everything bound is kept. A module may register several resources per scope; they are all
 * served ({@link ResourceRoutes} picks the one whose methods match a request). Two bundles
 * offering the same module id: the one with the highest service ranking (then the oldest service)
 * is used, and when it goes the next one takes its place.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    /** A bound service with what orders it: ranking (higher first), then service id (older first). */
    record Bound<T>(T service, int ranking, long serviceId, InstalledModule installed) {
    }

    private static final Comparator<Bound<?>> PREFERRED = Comparator.<Bound<?>>comparingInt(b -> -b.ranking())
            .thenComparingLong(Bound::serviceId);

    private final Map<String, List<Bound<JusticeModule>>> modules = new TreeMap<>();
    private final Map<String, List<Bound<JusticeResource>>> tenantResources = new TreeMap<>();
    private final Map<String, List<Bound<JusticeResource>>> publicResources = new TreeMap<>();
    private final List<ModuleListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(ServiceReference<JusticeModule> ref, JusticeModule module) {
        Bundle bundle = ref.getBundle();
        InstalledModule installed = new InstalledModule(module,
                bundle == null ? "?" : bundle.getSymbolicName(),
                bundle == null ? "?" : bundle.getVersion().toString());
        InstalledModule active;
        synchronized (this) {
            Optional<InstalledModule> before = module(module.id());
            add(modules, module.id(), new Bound<>(module, ranking(ref), serviceId(ref), installed));
            active = module(module.id()).orElseThrow();
            if (before.isPresent()) {
                LOG.warning(() -> "module id " + module.id() + " is provided by " + before.get().bundle() + " and "
                        + installed.bundle() + "; serving " + active.bundle() + ", the other takes over if it goes");
            }
            generation.incrementAndGet();
            if (before.isPresent() && before.get() == active) {
                return;
            }
        }
        listeners.forEach(l -> l.installed(active));
    }

    void unbindModule(ServiceReference<JusticeModule> ref, JusticeModule module) {
        InstalledModule promoted;
        synchronized (this) {
            Optional<InstalledModule> before = module(module.id());
            remove(modules, module.id(), module);
            promoted = module(module.id()).filter(now -> before.isEmpty() || now != before.get()).orElse(null);
            generation.incrementAndGet();
        }
        if (promoted != null) {
            listeners.forEach(l -> l.installed(promoted));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindResource(ServiceReference<JusticeResource> ref, JusticeResource resource) {
        synchronized (this) {
            add(resourcesOf(ref), String.valueOf(ref.getProperty(JusticeResource.MODULE)),
                    new Bound<>(resource, ranking(ref), serviceId(ref), null));
            generation.incrementAndGet();
        }
    }

    void unbindResource(ServiceReference<JusticeResource> ref, JusticeResource resource) {
        synchronized (this) {
            remove(resourcesOf(ref), String.valueOf(ref.getProperty(JusticeResource.MODULE)), resource);
            generation.incrementAndGet();
        }
    }

    private Map<String, List<Bound<JusticeResource>>> resourcesOf(ServiceReference<?> ref) {
        return JusticeResource.SCOPE_PUBLIC.equals(ref.getProperty(JusticeResource.SCOPE)) ? publicResources : tenantResources;
    }

    private static <T> void add(Map<String, List<Bound<T>>> map, String key, Bound<T> bound) {
        List<Bound<T>> list = new ArrayList<>(map.getOrDefault(key, List.of()));
        list.add(bound);
        list.sort(PREFERRED);
        map.put(key, List.copyOf(list));
    }

    private static <T> void remove(Map<String, List<Bound<T>>> map, String key, T service) {
        List<Bound<T>> list = new ArrayList<>(map.getOrDefault(key, List.of()));
        list.removeIf(b -> b.service() == service);
        if (list.isEmpty()) {
            map.remove(key);
        } else {
            map.put(key, List.copyOf(list));
        }
    }

    private static int ranking(ServiceReference<?> ref) {
        return ref.getProperty(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
    }

    private static long serviceId(ServiceReference<?> ref) {
        return ref.getProperty(Constants.SERVICE_ID) instanceof Long l ? l : Long.MAX_VALUE;
    }

    /** The active module of each id, sorted by id. */
    public synchronized List<InstalledModule> installed() {
        return modules.values().stream().map(list -> list.get(0).installed()).toList();
    }

    public synchronized Optional<InstalledModule> module(String id) {
        List<Bound<JusticeModule>> list = modules.get(id);
        return list == null ? Optional.empty() : Optional.of(list.get(0).installed());
    }

    /** The module's tenant-scoped resources, preferred first; empty if none. */
    public synchronized List<JusticeResource> tenantResources(String module) {
        return services(tenantResources.get(module));
    }

    /** The module's public resources, preferred first; empty if none. */
    public synchronized List<JusticeResource> publicResources(String module) {
        return services(publicResources.get(module));
    }

    /** Tenant-scoped resources by module id, sorted; a snapshot. */
    public synchronized Map<String, List<JusticeResource>> tenantResources() {
        return snapshot(tenantResources);
    }

    /** Public resources by module id, sorted; a snapshot. */
    public synchronized Map<String, List<JusticeResource>> publicResources() {
        return snapshot(publicResources);
    }

    private static List<JusticeResource> services(List<Bound<JusticeResource>> list) {
        return list == null ? List.of() : list.stream().map(Bound::service).toList();
    }

    private static Map<String, List<JusticeResource>> snapshot(Map<String, List<Bound<JusticeResource>>> map) {
        Map<String, List<JusticeResource>> copy = new TreeMap<>();
        map.forEach((id, list) -> copy.put(id, services(list)));
        return copy;
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
        installed().forEach(listener::installed);
    }

    public void removeListener(ModuleListener listener) {
        listeners.remove(listener);
    }

    /** Told when a module appears in the container (or a waiting provider of its id takes over). */
    public interface ModuleListener {
        void installed(InstalledModule module);
    }
}
