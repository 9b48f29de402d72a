package org.smartjustice.platform.internal.webhooks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One event for one host endpoint. Other nodes claim and change it: never kept in the shared cache.
 * The platform reads it with an explicit tenant condition (DeliveryStore).
 */
@Entity
@Table(name = "webhook_delivery")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class DeliveryEntity {

    @Id
    String id;

    @Column(name = "event_id", nullable = false)
    String eventId;

    @Column(nullable = false)
    String endpoint;

    @Column(name = "tenant_code", nullable = false)
    String tenant;

    @Column(name = "event_type", nullable = false)
    String type;

    String subject;

    /** The JSON sent, exactly: its UTF-8 bytes are what is signed. */
    @Column(nullable = false)
    String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DeliveryState state;

    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    LocalDateTime lastAttemptAt;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "delivered_at")
    LocalDateTime deliveredAt;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_until")
    LocalDateTime claimedUntil;
}
