package org.smartjustice.academy.internal.search;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/**
 * That someone asked a query on a day: a salted hash of who asked and what, never the caller. Kept
 * until the query has been asked by enough different callers to be shown to editors.
 */
@Entity
@Table(name = "academy_search_caller")
public class SearchCallerEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    String query;

    @Column(name = "search_day", nullable = false)
    LocalDate day;

    @Column(name = "caller_hash", nullable = false)
    String callerHash;
}
