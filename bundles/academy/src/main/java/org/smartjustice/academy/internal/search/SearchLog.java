package org.smartjustice.academy.internal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.TenantTasks;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * What people search for: counted in memory and written once every few seconds per tenant, in the
 * background, so that a search never waits for a write. A crash loses at most those seconds of counts.
 * Anyone may search, so the editors' lists show only words, and only a query that enough different
 * callers asked on one day ({@link SearchConfig#listedAfterCallers()}): a caller is the token's
 * subject when signed in, else the client's address as Jetty sees it.
 */
@Component(service = SearchLog.class, configurationPid = SearchConfig.PID)
public class SearchLog {

    private static final Logger LOG = Logger.getLogger(SearchLog.class.getName());
    static final long FLUSH_MILLIS = 10_000;
    /** The most entries of each list. */
    static final int LISTED = 20;

    @Reference
    private SearchQueryStore store;

    @Reference
    private TenantContext context;

    @Reference
    private TenantTasks tasks;

    private volatile int listedAfterCallers = 3;

    @Activate
    @Modified
    void configure(SearchConfig config) {
        listedAfterCallers = Math.max(1, config.listedAfterCallers());
    }

    private record Key(String query, LocalDate day) {
    }

    private static final class Count {
        final AtomicLong searches = new AtomicLong();
        final AtomicLong empty = new AtomicLong();
        volatile long lastResults;
        /** Who asked, until as many as the lists need: more would be dropped by the store anyway. */
        final Set<String> callers = ConcurrentHashMap.newKeySet();
    }

    private final Map<String, Map<Key, Count>> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> flushedAt = new ConcurrentHashMap<>();

    /** The hot queries and those with no result, since {@code from}. */
    public record Lists(List<SearchQueryStore.QueryCount> hot, List<SearchQueryStore.QueryCount> noResult) {
    }

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
                || Character.isSpaceChar(c) || SENTENCE_PUNCTUATION.indexOf(c) >= 0)
                // Editors read these lists: a phone or identity number someone typed is not shown to them.
                && !org.smartjustice.platform.api.identifiers.PersonalData.containsMobileOrIdNumber(q);
    }

    private static final String SENTENCE_PUNCTUATION = ".,?!-'·，。？！、：；“”‘’《》（）";

    /**
     * Who a caller is, for counting different callers: the token's subject when signed in, else
     * the client's address (Jetty's remote address: never a header a client may write).
     */
    static String callerOf(Principal principal, String clientAddress) {
        if (principal != null && !principal.isAnonymous()) {
            // Callers as the identity provider tells people apart: ED1 and ed1 are one caller.
            return "sub:" + Principal.identityKey(principal.subject());
        }
        return "address:" + (clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress);
    }

    /** A search of the current tenant, asked from {@code clientAddress}, that found {@code results} items. */
    void searched(String q, long results, String clientAddress) {
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
        if (c.callers.size() < listedAfterCallers) {
            c.callers.add(callerOf(context.principal(), clientAddress));
        }
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
            write(key, c);
        }
    }

    /** Written in one transaction; tried again once when another node wrote the same query at the same moment. */
    private void write(Key key, Count c) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.record(key.query(), key.day(), c.searches.get(), c.empty.get(), c.lastResults, List.copyOf(c.callers),
                        listedAfterCallers);
                return;
            } catch (RuntimeException e) {
                if (attempt >= 2) {
                    LOG.log(Level.WARNING, "search counts not written", e);
                    return;
                }
            }
        }
    }

    /** The editors' lists since {@code from}, with every search counted so far on this node. */
    public Lists lists(LocalDate from) {
        flush();
        int min = listedAfterCallers;
        return new Lists(store.hot(from, min, LISTED), store.noResult(from, min, LISTED));
    }
}
