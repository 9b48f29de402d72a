package org.smartjustice.platform.api.jobs;

/** What the work of a job knows of it while it runs. */
public interface JobProgress {

    /** The job's id, e.g. for the audit record of the work's outcome. */
    String jobId();

    /** How far the work got; cheap to call for every row (the store is written at most once a second). */
    void done(long units);
}
