package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * The revision of what a tenant shows (its items, the city's, what it hid, the day): the key of
 * kept public answers and search results. Read from the database at most once a second per
 * tenant, and at once after any change made on this node (publish, withdraw, hide, synonyms), so
 * that this node's answers follow its own writes at once and other nodes' within a second.
 */
@Component(service = ContentRevision.class)
public class ContentRevision {

    public static final long FRESH_MILLIS = 1000;

    @Reference
    private ItemStore store;

    @Reference
    private TenantContext context;

    private final AtomicLong changes = new AtomicLong();

    private record Kept(String value, long changes, long at) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** A change on this node: every tenant's revision is read again (the city's changes reach every district). */
    public void changed() {
        changes.incrementAndGet();
    }

    /** The number of changes on this node so far: what a keeper of derived state compares. */
    public long changes() {
        return changes.get();
    }

    public String current(boolean district) {
        String tenant = context.requireTenant();
        long seen = changes.get();
        long now = System.currentTimeMillis();
        Kept k = kept.get(tenant);
        if (k != null && k.changes() == seen && now - k.at() < FRESH_MILLIS) {
            return k.value();
        }
        Object lock = locks.computeIfAbsent(tenant, t -> new Object());
        if (k != null && k.changes() == seen && !Thread.holdsLock(lock)) {
            // Only the time ran out: one caller reads the database, the others answer with the
            // revision of a second ago meanwhile instead of all reading at once.
            if (!refreshing.add(tenant)) {
                return k.value();
            }
            try {
                return read(tenant, district, seen);
            } finally {
                refreshing.remove(tenant);
            }
        }
        synchronized (lock) {
            Kept again = kept.get(tenant);
            if (again != null && again.changes() == seen && System.currentTimeMillis() - again.at() < FRESH_MILLIS) {
                return again.value();
            }
            return read(tenant, district, seen);
        }
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final java.util.Set<String> refreshing = ConcurrentHashMap.newKeySet();

    /**
     * What the public sees changes only by a publish or a withdrawal (each numbered in the tenant's
     * change counter), by what a district hides, and with the day: a primary-key read each, not a
     * scan of the items.
     */
    private String read(String tenant, boolean district, long seen) {
        long now = System.currentTimeMillis();
        String own = String.valueOf(store.read(ChangeLog::lastNumber));
        String city = district ? String.valueOf(store.readAsCity(ChangeLog::lastNumber)) : "-";
        String hidden = district ? store.read(ItemStore::hiddenRevision) : "-";
        String value = own + "|" + city + "|" + hidden + "|" + LocalDate.now(UtcTimes.DISPLAY_ZONE) + "|" + seen;
        kept.put(tenant, new Kept(value, seen, now));
        return value;
    }

}
