package org.smartjustice.supervision.internal.events;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** One stored version of a grid event with the body it came in, exactly as received. */
@Entity
@Table(name = "supervision_event_version")
public class EventVersionEntity extends TenantOwnedEntity {

    /** How an event came in. */
    enum Channel { WEBHOOK, REST, BACKFILL }

    @Column(name = "event_ref")
    String eventRef;

    String source;

    @Column(name = "event_id")
    String eventId;

    @Column(name = "event_version")
    long eventVersion;

    @javax.persistence.Enumerated(javax.persistence.EnumType.STRING)
    Channel channel;

    /** The platform's message id and sender for a webhook, the caller's subject for REST, the job and line for a back-fill. */
    @Column(name = "received_from")
    String receivedFrom;

    String body;

    @Column(name = "received_at")
    LocalDateTime receivedAt;

    /** When screening took this version; null until then (the screening queue's due work). */
    @Column(name = "screened_at")
    LocalDateTime screenedAt;
}
