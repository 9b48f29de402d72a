package org.smartjustice.academy.internal.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/**
 * What people searched for, per query and day: how often, how often in vain, and by how many
 * different callers (counted through salted hashes, up to the threshold of the editors' lists);
 * and those lists. Stored, so that every node and a restart agree.
 */
@Component(service = SearchQueryStore.class)
public class SearchQueryStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-academy)")
    private TenantPersistence jpa;

    @Reference
    private TenantContext context;

    /** The salts this node has read, by tenant and day (a salt never changes). */
    private final Map<String, String> salts = new ConcurrentHashMap<>();

    /** A query in the editors' lists. */
    public record QueryCount(String query, long searches, long emptySearches, long lastResults) {
    }

    /**
     * Adds a query's counts of a day and who asked it, in one transaction: each caller not yet
     * counted that day adds one to its callers, until {@code threshold}; from then on the query is
     * shown and its callers are no longer kept.
     */
    public void record(String query, LocalDate day, long searches, long empty, long lastResults, Collection<String> callers,
                       int threshold) {
        String tenant = context.requireTenant();
        String[] used = new String[1];
        jpa.write(em -> {
            List<SearchQueryEntity> rows = em.createQuery("select q from SearchQueryEntity q where q.query = :q and q.day = :d",
                    SearchQueryEntity.class).setParameter("q", query).setParameter("d", day).getResultList();
            SearchQueryEntity row = rows.isEmpty() ? new SearchQueryEntity() : rows.get(0);
            if (rows.isEmpty()) {
                row.query = query;
                row.day = day;
                em.persist(row);
            }
            row.searches += searches;
            row.emptySearches += empty;
            row.lastResults = lastResults;
            if (row.callers < threshold && !callers.isEmpty()) {
                String salt = salt(em, tenant, day);
                used[0] = salt;
                for (String caller : callers) {
                    if (row.callers >= threshold) {
                        break;
                    }
                    String hash = hash(salt, query, caller);
                    if (em.createQuery("select count(c) from SearchCallerEntity c where c.query = :q and c.day = :d"
                            + " and c.callerHash = :h", Long.class).setParameter("q", query).setParameter("d", day)
                            .setParameter("h", hash).getSingleResult() == 0) {
                        SearchCallerEntity c = new SearchCallerEntity();
                        c.query = query;
                        c.day = day;
                        c.callerHash = hash;
                        em.persist(c);
                        row.callers++;
                    }
                }
                if (row.callers >= threshold) {
                    em.flush();
                    em.createQuery("delete from SearchCallerEntity c where c.query = :q and c.day = :d").setParameter("q", query)
                            .setParameter("d", day).executeUpdate();
                }
            }
            return null;
        });
        if (used[0] != null) {
            // Kept once committed: the salt of a transaction rolled back (another node made one at once) is never used again.
            salts.keySet().removeIf(k -> !k.endsWith("/" + day) && !k.endsWith("/" + day.plusDays(1)));
            salts.put(tenant + "/" + day, used[0]);
        }
    }

    /** The most searched queries since {@code from} that enough different callers asked on one day. */
    public List<QueryCount> hot(LocalDate from, int minCallers, int max) {
        return counts(jpa.read(em -> em.createQuery("select q.query, sum(q.searches), sum(q.emptySearches), min(q.lastResults)"
                + " from SearchQueryEntity q where q.day >= :from group by q.query having max(q.callers) >= :min"
                + " order by sum(q.searches) desc, q.query", Object[].class).setParameter("from", from)
                .setParameter("min", (long) minCallers).setMaxResults(max).getResultList()));
    }

    /** The queries since {@code from} that found nothing, asked in vain by enough different callers on one day. */
    public List<QueryCount> noResult(LocalDate from, int minCallers, int max) {
        return counts(jpa.read(em -> em.createQuery("select q.query, sum(q.searches), sum(q.emptySearches), min(q.lastResults)"
                + " from SearchQueryEntity q where q.day >= :from and q.emptySearches > 0 group by q.query"
                + " having max(q.callers) >= :min order by sum(q.emptySearches) desc, q.query", Object[].class)
                .setParameter("from", from).setParameter("min", (long) minCallers).setMaxResults(max).getResultList()));
    }

    /**
     * The day's salt, made by the first node that needs it; making one drops the salts and callers
     * of the days before yesterday (nobody can tell from what is left who asked what).
     */
    private String salt(EntityManager em, String tenant, LocalDate day) {
        String kept = salts.get(tenant + "/" + day);
        if (kept != null) {
            return kept;
        }
        SearchSaltEntity s = em.find(SearchSaltEntity.class, SearchSaltEntity.idOf(tenant, day));
        if (s == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            s = SearchSaltEntity.create(tenant, day, HexFormat.of().formatHex(bytes));
            em.persist(s);
            LocalDate before = day.minusDays(1);
            em.createQuery("delete from SearchCallerEntity c where c.day < :before").setParameter("before", before).executeUpdate();
            em.createQuery("delete from SearchSaltEntity s where s.day < :before").setParameter("before", before).executeUpdate();
        }
        return s.salt;
    }

    static String hash(String salt, String query, String caller) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + "\u0000" + query + "\u0000" + caller).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<QueryCount> counts(List<Object[]> rows) {
        return rows.stream().map(r -> new QueryCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }
}
