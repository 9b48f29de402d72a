package org.smartjustice.venues.internal;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.venues.internal.imports.ImportReport;

/** A large import running in the background; clients poll it until it is DONE or FAILED. */
public final class ImportJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String tenant;
    private final int total;
    private final OffsetDateTime startedAt = UtcTimes.toOffset(UtcTimes.now());
    private final AtomicInteger processed = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile ImportReport report;
    private volatile String error;
    private volatile OffsetDateTime finishedAt;

    ImportJob(String id, String tenant, int total) {
        this.id = id;
        this.tenant = tenant;
        this.total = total;
    }

    void progress(int rows) {
        processed.set(rows);
    }

    void done(ImportReport result) {
        report = result;
        finish(State.DONE);
    }

    void failed(String reason) {
        error = reason;
        finish(State.FAILED);
    }

    private void finish(State end) {
        finishedAt = UtcTimes.toOffset(UtcTimes.now());
        state = end;
    }

    public String getId() {
        return id;
    }

    @JsonIgnore
    public String getTenant() {
        return tenant;
    }

    public State getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed.get();
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getError() {
        return error;
    }

    public ImportReport getReport() {
        return report;
    }
}
