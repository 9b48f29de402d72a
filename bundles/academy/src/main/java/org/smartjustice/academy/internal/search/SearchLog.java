package org.smartjustice.academy.internal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.internal.AcademyData;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.TenantTasks;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * What people search for: counted in memory and written once every few seconds per tenant, in the
 * background, so that a search never waits for a write. A crash loses at most those seconds of counts.
 */
@Component(service = SearchLog.class)
public class SearchLog {

    private static final Logger LOG = Logger.getLogger(SearchLog.class.getName());
    static final long FLUSH_MILLIS = 10_000;

    @Reference
    private AcademyData data;

    @Reference
    private TenantContext context;

    @Reference
    private TenantTasks tasks;

    private record Key(String query, LocalDate day) {
    }

    private static final class Count {
        final AtomicLong searches = new AtomicLong();
        final AtomicLong empty = new AtomicLong();
        volatile long lastResults;
    }

    private final Map<String, Map<Key, Count>> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> flushedAt = new ConcurrentHashMap<>();

    /** A query as it is counted: trimmed, single spaces, lower case, at most 50 characters. */
    static String normal(String q) {
        String n = q.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.length() > SearchService.QUERY_MAX ? n.substring(0, SearchService.QUERY_MAX) : n;
    }

    /**
     * Whether a query reads as words people type, and may be shown to editors: at least one letter,
     * and besides letters, digits and spaces only the punctuation of sentences. Anyone may search, so
     * a regular expression, a wildcard or markup never reaches the editors' lists.
     */
    static boolean isWords(String q) {
        return q.codePoints().anyMatch(Character::isLetter) && q.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || Character.isSpaceChar(c) || SENTENCE_PUNCTUATION.indexOf(c) >= 0);
    }

    private static final String SENTENCE_PUNCTUATION = ".,?!-'·，。？！、：；“”‘’《》（）";

    void searched(String q, long results) {
        if (!isWords(q)) {
            return;
        }
        String tenant = context.requireTenant();
        Count c = pending.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(new Key(normal(q), LocalDate.now(UtcTimes.DISPLAY_ZONE)), k -> new Count());
        c.searches.incrementAndGet();
        if (results == 0) {
            c.empty.incrementAndGet();
        }
        c.lastResults = results;
        AtomicLong last = flushedAt.computeIfAbsent(tenant, t -> new AtomicLong());
        long now = System.currentTimeMillis();
        long before = last.get();
        if (now - before >= FLUSH_MILLIS && last.compareAndSet(before, now)) {
            try {
                tasks.submit(() -> {
                    flush();
                    return null;
                });
            } catch (RuntimeException busy) {
                // The counts stay for the next flush.
                last.set(before);
            }
        }
    }

    /** Writes the current tenant's counts (also before editors read them). */
    public void flush() {
        Map<Key, Count> mine = pending.get(context.requireTenant());
        if (mine == null) {
            return;
        }
        for (Key key : List.copyOf(mine.keySet())) {
            Count c = mine.remove(key);
            if (c == null) {
                continue;
            }
            try {
                write(key, c.searches.get(), c.empty.get(), c.lastResults);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "search counts not written", e);
            }
        }
    }

    private void write(Key key, long searches, long empty, long lastResults) {
        data.write(em -> {
            List<SearchQueryEntity> rows = em.createQuery("select q from SearchQueryEntity q where q.query = :q and q.day = :d",
                    SearchQueryEntity.class).setParameter("q", key.query()).setParameter("d", key.day()).getResultList();
            SearchQueryEntity row = rows.isEmpty() ? new SearchQueryEntity() : rows.get(0);
            if (rows.isEmpty()) {
                row.query = key.query();
                row.day = key.day();
                em.persist(row);
            }
            row.searches += searches;
            row.emptySearches += empty;
            row.lastResults = lastResults;
            return null;
        });
    }
}
