package org.smartjustice.platform.api.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;

/**
 * The optional filters of a list as one JPQL {@code where} clause and its parameters, and the page of
 * rows with its total that a store answers: a filter left null adds nothing; an {@code in} with an
 * empty collection matches no row. Paths and clauses are the caller's JPQL; values are always bound.
 */
public final class QueryFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code path = :name} when {@code value} is given. */
    public QueryFilter equal(String path, String name, Object value) {
        return when(path + " = :" + name, name, value);
    }

    /** Any clause with one parameter (e.g. {@code a.occurredAt >= :from}) when {@code value} is given. */
    public QueryFilter when(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** A clause without parameters that always holds for this list (a join's condition). */
    public QueryFilter always(String clause) {
        clauses.add(clause);
        return this;
    }

    /** {@code path in :name} when {@code values} is given (null: no restriction; empty: nothing). */
    public QueryFilter in(String path, String name, Collection<?> values) {
        if (values != null) {
            if (values.isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add(path + " in :" + name);
                parameters.put(name, List.copyOf(values));
            }
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Binds the filters' values to a query built with {@link #where()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of the filtered rows and their total.
     *
     * @param alias   what is selected and counted, e.g. {@code e}
     * @param from    the JPQL after {@code from}, e.g. {@code EventEntity e} or {@code ScreeningEntity s, EventEntity e}
     * @param orderBy the JPQL after {@code order by}; end it with the id so that pages never overlap
     */
    public <T> Page<T> page(EntityManager em, String alias, String from, Class<T> type, String orderBy, PageRequest paging) {
        TypedQuery<T> rows = bind(em.createQuery("select " + alias + " from " + from + where() + " order by " + orderBy, type));
        TypedQuery<Long> count = bind(em.createQuery("select count(" + alias + ") from " + from + where(), Long.class));
        List<T> items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), paging.page(), paging.size());
    }
}
