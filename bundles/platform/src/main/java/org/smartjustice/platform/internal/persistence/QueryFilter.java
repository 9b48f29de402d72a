package org.smartjustice.platform.internal.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.Query;

/**
 * The optional filters of an operators' list as one JPQL {@code where} clause and its parameters:
 * a filter left null adds nothing; a tenant restriction that allows no tenant matches no row.
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

    /** {@code path in :name} when {@code values} is given (null: no restriction; empty: nothing). */
    public QueryFilter in(String path, String name, Set<String> values) {
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
}
