package org.smartjustice.academy.internal.items;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/**
 * The tenant's last change number. A writer locks this row to take the next number and holds the
 * lock until it commits: numbers are handed out in commit order, with no gaps a reader could skip.
 */
@Entity
@Table(name = "academy_index_counter")
public class IndexCounterEntity extends TenantOwnedEntity {

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    static String idOf(String tenant) {
        return "index-counter/" + tenant;
    }

    static IndexCounterEntity create(String tenant) {
        IndexCounterEntity c = new IndexCounterEntity();
        c.assignId(idOf(tenant));
        return c;
    }
}
