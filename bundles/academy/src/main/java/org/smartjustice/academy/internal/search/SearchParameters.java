package org.smartjustice.academy.internal.search;

import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.problem.Validation;

/** The checks every search endpoint makes of {@code q} and paging. */
final class SearchParameters {

    private SearchParameters() {
    }

    static PageRequest check(String q, Integer page, Integer size) {
        new Validation().required("q", q).maxLength("q", q, SearchService.QUERY_MAX).plainText("q", q).throwIfInvalid();
        PageRequest paging = PageRequest.of(page, size, null, java.util.Set.of("score"), "-score");
        new Validation().check(paging.page() * paging.size() <= 1000, "page", "只能查看前 1000 条结果").throwIfInvalid();
        return paging;
    }
}
