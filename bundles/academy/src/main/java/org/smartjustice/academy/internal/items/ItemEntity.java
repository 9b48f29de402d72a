package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/**
 * A content item. It carries the facts of its published version (title, audiences, topics, dates)
 * so that boards and the policy area are read from this table alone.
 */
@Entity
@Table(name = "academy_item")
public class ItemEntity extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ContentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ItemState state;

    @Column(name = "latest_no", nullable = false)
    int latestNo;

    /** The version being edited or reviewed, if any. */
    @Column(name = "working_no")
    Integer workingNo;

    /** The version the public sees while the item is PUBLISHED (and the last one it saw once WITHDRAWN). */
    @Column(name = "published_no")
    Integer publishedNo;

    @Column(nullable = false)
    String title;

    String summary;

    @Column(nullable = false)
    String audiences;

    @Column(nullable = false)
    String topics;

    @Column(name = "effective_from")
    LocalDate effectiveFrom;

    @Column(name = "expires_on")
    LocalDate expiresOn;

    @Column(name = "published_at")
    LocalDateTime publishedAt;

    @Column(name = "file_id")
    String fileId;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;
}
