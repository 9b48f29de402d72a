package org.smartjustice.academy.internal.items;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/**
 * One change of what the public may find (an item published or withdrawn), written in the same
 * transaction as the change. Numbered per tenant in commit order (IndexCounterEntity), so a node
 * that has applied up to n has seen every change before n.
 */
@Entity
@Table(name = "academy_index_change")
public class IndexChangeEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    long seq;

    @Column(name = "item_id", nullable = false)
    String itemId;

    @Column(name = "changed_at", nullable = false)
    LocalDateTime changedAt;
}
