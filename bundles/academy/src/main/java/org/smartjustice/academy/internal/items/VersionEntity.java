package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** One version of an item's content, as its author wrote it and its reviewer decided. Versions are never deleted. */
@Entity
@Table(name = "academy_item_version")
public class VersionEntity extends TenantOwnedEntity {

    @Column(name = "item_id", nullable = false)
    String itemId;

    @Column(nullable = false)
    int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ItemState status;

    @Column(nullable = false)
    String title;

    String summary;

    /** Rich text, already cleaned (RichText). */
    String body;

    /** JSON: [{"law": …, "articles": …}]. */
    @Column(name = "legal_basis")
    String legalBasis;

    String source;

    @Column(nullable = false)
    String audiences;

    @Column(nullable = false)
    String topics;

    @Column(name = "effective_from")
    LocalDate effectiveFrom;

    @Column(name = "expires_on")
    LocalDate expiresOn;

    /** JSON of a service guide (办事指南), for PROCEDURE items. */
    String guide;

    @Column(name = "file_id")
    String fileId;

    @Column(name = "file_name")
    String fileName;

    @Column(nullable = false)
    String author;

    /** Everyone who wrote this version ({@code |sub|sub|}): none of them may publish it. */
    @Column(nullable = false)
    String editors;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    LocalDateTime submittedAt;

    String reviewer;

    @Column(name = "reviewed_at")
    LocalDateTime reviewedAt;

    @Column(name = "review_note")
    String reviewNote;
}
