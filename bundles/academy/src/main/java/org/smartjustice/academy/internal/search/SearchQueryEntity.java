package org.smartjustice.academy.internal.search;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** How often a query was searched on a day, and how often it found nothing. */
@Entity
@Table(name = "academy_search_query")
public class SearchQueryEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    String query;

    @Column(name = "search_day", nullable = false)
    LocalDate day;

    @Column(nullable = false)
    long searches;

    @Column(name = "empty_searches", nullable = false)
    long emptySearches;

    @Column(name = "last_results", nullable = false)
    long lastResults;
}
