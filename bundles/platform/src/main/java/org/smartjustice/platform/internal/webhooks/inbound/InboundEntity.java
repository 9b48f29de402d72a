package org.smartjustice.platform.internal.webhooks.inbound;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One message a sender sent, kept as received. Other nodes claim and change it: never kept in the
 * shared cache. The platform reads it with an explicit tenant condition (InboundStore).
 */
@Entity
@Table(name = "inbound_webhook")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class InboundEntity {

    @Id
    String id;

    @Column(nullable = false)
    String sender;

    @Column(name = "message_id", nullable = false)
    String messageId;

    @Column(name = "tenant_code", nullable = false)
    String tenant;

    @Column(name = "event_type", nullable = false)
    String type;

    /** The bytes received, exactly (BYTEA on both databases, no {@code @Lob}: no PostgreSQL large objects). */
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    byte[] body;

    /** Tells a sender's retry (same bytes) from another message under a used id. */
    @Column(name = "body_sha256", nullable = false)
    String bodySha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InboundState state;

    int attempts;

    @Column(name = "received_at", nullable = false)
    LocalDateTime receivedAt;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    LocalDateTime lastAttemptAt;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "handled_at")
    LocalDateTime handledAt;

    /** The bundle whose handler took it. */
    @Column(name = "handled_by")
    String handledBy;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_until")
    LocalDateTime claimedUntil;
}
