package org.smartjustice.academy.internal.search;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** How often a query was searched on a day, how often it found nothing, and by how many different callers. */
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

    /** How many different callers asked it that day, counted up to the threshold of the editors' lists. */
    @Column(nullable = false)
    long callers;
}
