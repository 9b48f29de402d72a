package org.smartjustice.platform.api;

import java.util.List;

/** One page of a list answer: {@code items}, the {@code total} across all pages, and where this page is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
