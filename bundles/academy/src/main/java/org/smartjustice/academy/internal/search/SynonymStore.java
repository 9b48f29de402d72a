package org.smartjustice.academy.internal.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.internal.items.ContentRevision;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.problem.Validation;

/**
 * The synonym groups of a tenant, as its editors keep them; the built-in list until they change it.
 * Kept in memory for a few seconds: every search reads them.
 */
@Component(service = SynonymStore.class)
public class SynonymStore {

    static final int MAX_GROUPS = 500;
    static final int GROUP_MAX = 500;
    private static final long KEEP_MILLIS = 5_000;

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-academy)")
    private TenantPersistence jpa;

    @Reference
    private TenantContext context;

    @Reference
    private ContentRevision revision;

    private record Kept(Synonyms synonyms, List<String> lines, boolean defaults, long at) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The groups, one line each, and whether they are still the built-in ones. */
    public record Listing(List<String> groups, boolean defaults) {
    }

    Synonyms current() {
        return load().synonyms();
    }

    public Listing listing() {
        Kept k = load();
        return new Listing(k.lines(), k.defaults());
    }

    /** Replaces the tenant's groups (an empty list goes back to the built-in ones). */
    public Listing replace(List<String> groups) {
        Validation v = new Validation().check(groups.size() <= MAX_GROUPS, "groups", "至多 " + MAX_GROUPS + " 组");
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            v.required("groups[" + i + "]", g).maxLength("groups[" + i + "]", g, GROUP_MAX).plainText("groups[" + i + "]", g);
            if (g != null && !g.isBlank()) {
                v.check(Synonyms.parse(g).size() >= 2, "groups[" + i + "]", "一组至少两个词，用逗号或顿号分隔");
            }
        }
        v.throwIfInvalid();
        jpa.write(em -> {
            em.createQuery("delete from SynonymEntity s").executeUpdate();
            for (String g : groups) {
                SynonymEntity s = new SynonymEntity();
                s.terms = String.join(",", Synonyms.parse(g));
                em.persist(s);
            }
            return null;
        });
        kept.remove(context.requireTenant());
        revision.changed();
        return listing();
    }

    private Kept load() {
        String tenant = context.requireTenant();
        Kept k = kept.get(tenant);
        long now = System.currentTimeMillis();
        if (k != null && now - k.at() < KEEP_MILLIS) {
            return k;
        }
        List<String> lines = jpa.read(em -> em.createQuery("select s.terms from SynonymEntity s order by s.terms", String.class)
                .getResultList());
        boolean defaults = lines.isEmpty();
        List<String> used = defaults ? Synonyms.DEFAULTS : lines;
        k = new Kept(new Synonyms(used), used, defaults, now);
        kept.put(tenant, k);
        return k;
    }
}
