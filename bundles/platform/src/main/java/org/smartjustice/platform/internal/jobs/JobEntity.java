package org.smartjustice.platform.internal.jobs;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.smartjustice.platform.api.jobs.JobState;

/** One job's row; the platform reads it with an explicit tenant condition (JobStore). */
@Entity
@Table(name = "job")
public class JobEntity {

    @Id
    String id;

    @Column(name = "tenant_code", nullable = false)
    String tenant;

    @Column(nullable = false)
    String kind;

    /** The symbolic name of the bundle that started it. */
    @Column(nullable = false)
    String module;

    @Column(nullable = false)
    String caller;

    /** The node that runs it (see JobStore#NODE). */
    @Column(nullable = false)
    String node;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JobState state;

    long total;

    long done;

    /** The work's result as JSON text. */
    String report;

    String error;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "heartbeat_at", nullable = false)
    LocalDateTime heartbeatAt;

    @Column(name = "finished_at")
    LocalDateTime finishedAt;
}
