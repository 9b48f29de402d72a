package org.smartjustice.platform.api;

import java.util.List;
import java.util.Set;

import org.smartjustice.platform.api.problem.Validation;

/**
 * Paging and sorting of a list request: {@code page} counts from 1, {@code size} is 1 to
 * {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}), {@code sort} is a field from the endpoint's
 * whitelist, optionally prefixed with {@code -} for descending order.
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Beyond this the offset would not fit an int; no real list is that long. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Reads the query parameters, refusing bad values with a 400 problem naming the parameter.
     *
     * @param sortable    the fields that may be sorted by
     * @param defaultSort the sort when none is given, e.g. {@code code} or {@code -createdAt}
     */
    public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        String s = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean desc = s.startsWith("-");
        String field = desc ? s.substring(1) : s;
        new Validation()
                .check(page == null || page >= 1 && page <= MAX_PAGE, "page", "页码应在 1 到 " + MAX_PAGE + " 之间")
                .check(size == null || size >= 1 && size <= MAX_SIZE, "size", "每页条数应在 1 到 " + MAX_SIZE + " 之间")
                .check(sortable.contains(field), "sort", "只能按以下字段排序：" + List.copyOf(sortable))
                .throwIfInvalid();
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, field, desc);
    }
}
