package org.smartjustice.academy.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.search.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.academy.internal.items.ChangeLog;
import org.smartjustice.academy.internal.items.ContentRevision;
import org.smartjustice.academy.internal.items.ItemStore;
import org.smartjustice.academy.internal.items.PublishedItemStore;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.TenantListener;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * 智能搜索 over the published items a tenant shows (its own and, in a district, the city's less
 * those it hid): Chinese words and bigrams, the tenant's synonyms, highlighted snippets, and
 * suggestions as one types. Every search is counted for the editors (SearchLog).
 */
@Component(service = { SearchService.class, TenantListener.class }, immediate = true, configurationPid = SearchConfig.PID)
@Designate(ocd = SearchConfig.class)
public class SearchService implements TenantListener {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    public static final int QUERY_MAX = 50;

    @Reference
    private ItemStore items;

    @Reference
    private TenantContext context;

    @Reference
    private PublishedItemStore published;

    @Reference
    private ChangeLog changes;

    @Reference
    private SynonymStore synonyms;

    @Reference
    private SearchLog log;

    @Reference
    private ContentRevision revision;

    /** The most search answers kept (the same few questions are asked over and over). */
    static final int KEPT_RESULTS = 2000;

    private final Map<String, Results> results = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Results> eldest) {
                    return size() > KEPT_RESULTS;
                }
            });

    private record Synced(long changes, long at) {
    }

    private final Map<String, Synced> synced = new java.util.concurrent.ConcurrentHashMap<>();

    private SearchIndex index;
    private Highlights highlights;

    public record Hit(String id, String kind, String title, String titleHighlight, String snippet, boolean city, boolean hasFile) {
    }

    public record Results(String q, long total, int page, int size, List<Hit> items, List<String> alsoSearched) {
    }

    @Activate
    void activate(SearchConfig config) throws IOException {
        Path dir = config.indexDirectory().isBlank()
                ? Path.of(System.getProperty("karaf.data", System.getProperty("java.io.tmpdir")), "academy", "search-index")
                : Path.of(config.indexDirectory());
        java.nio.file.Files.createDirectories(dir);
        index = new SearchIndex(dir);
        highlights = new Highlights(index.analysis);
    }

    @Deactivate
    void deactivate() throws IOException {
        index.close();
    }

    /** At start and for each new tenant (in its scope): its change counter, and its part of the index. */
    @Override
    public void tenantAdded(Tenant tenant) {
        try {
            items.write(em -> {
                changes.ensureCounter(em);
                return null;
            });
            index.sync(tenant.code(), items::read);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index of " + tenant.code() + " not brought up to date at start; the first search will", e);
        }
    }

    /**
     * A search, answered from the results kept under the tenant's content revision when the same
     * question was asked since the last change (counted for the editors either way, with the
     * client's address telling anonymous callers apart).
     */
    public Results search(String q, ContentKind kind, Audience audience, Topic topic, int page, int size, String clientAddress) {
        String query = q.strip();
        String key = context.requireTenant() + "|" + published.revision() + "|" + query + "|" + kind + "|" + audience + "|" + topic
                + "|" + page + "|" + size;
        Results kept = results.get(key);
        if (kept != null) {
            log.searched(query, kept.total(), clientAddress);
            return kept;
        }
        Results fresh = find(query, kind, audience, topic, page, size);
        log.searched(query, fresh.total(), clientAddress);
        results.put(key, fresh);
        return fresh;
    }

    private Results find(String query, ContentKind kind, Audience audience, Topic topic, int page, int size) {
        List<String> more = synonyms.current().expansions(query);
        Query text = index.textQuery(query, more);
        SearchIndex.Result r;
        try {
            r = index.search(text, filter(kind, audience, topic), (page - 1) * size, size, highlights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Hit> hits = r.hits().stream().map(h -> new Hit(h.id(), h.kind(), h.title(), h.titleHighlight(), h.snippet(),
                Tenant.CITY.equals(h.tenant()) && published.isDistrict(), h.hasFile())).toList();
        return new Results(query, r.total(), page, size, hits, more);
    }

    public List<String> suggest(String typed) {
        try {
            return index.suggest(typed.strip(), filter(null, null, null), 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds the tenant's part of this node's index from the database (and the city's, in a district). */
    public int rebuild() {
        try {
            int n = index.rebuild(context.requireTenant(), items::read);
            if (published.isDistrict()) {
                n += index.rebuild(Tenant.CITY, items::readAsCity);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the tenant's changes unless that was done after the last change on this node and less
     * than a second ago: this node's writes are searchable at once, other nodes' within a second.
     */
    private void syncIfDue(String tenant, Runnable sync) {
        long seen = revision.changes();
        long now = System.currentTimeMillis();
        Synced s = synced.get(tenant);
        if (s != null && s.changes() == seen && now - s.at() < ContentRevision.FRESH_MILLIS) {
            return;
        }
        sync.run();
        synced.put(tenant, new Synced(seen, now));
    }

    /** Up to date with every change committed before this call, then the filter of what this tenant shows. */
    private SearchIndex.Filter filter(ContentKind kind, Audience audience, Topic topic) {
        String tenant = context.requireTenant();
        syncIfDue(tenant, () -> index.sync(tenant, items::read));
        Set<String> tenants = new HashSet<>(Set.of(tenant));
        Set<String> hidden = Set.of();
        if (published.isDistrict()) {
            syncIfDue(Tenant.CITY, () -> index.sync(Tenant.CITY, items::readAsCity));
            tenants.add(Tenant.CITY);
            hidden = published.hidden();
        }
        return new SearchIndex.Filter(tenants, hidden, kind == null ? null : kind.name(), audience == null ? null : audience.name(),
                topic == null ? null : topic.name(), LocalDate.now(UtcTimes.DISPLAY_ZONE));
    }
}
