package org.smartjustice.platform.internal.schedules;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One schedule's row. Other nodes change it (claims, runs): never kept in the shared cache, every
 * read goes to the database.
 */
@Entity
@Table(name = "schedule")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ScheduleEntity {

    @Id
    String name;

    @Column(name = "period_seconds", nullable = false)
    long periodSeconds;

    @Column(name = "next_run_at", nullable = false)
    LocalDateTime nextRunAt;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_until")
    LocalDateTime claimedUntil;

    @Column(name = "last_started_at")
    LocalDateTime lastStartedAt;

    @Column(name = "last_finished_at")
    LocalDateTime lastFinishedAt;

    @Column(name = "last_outcome")
    String lastOutcome;

    @Column(name = "last_message")
    String lastMessage;

    long runs;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;
}
