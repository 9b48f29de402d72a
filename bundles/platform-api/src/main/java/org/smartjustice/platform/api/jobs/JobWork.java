package org.smartjustice.platform.api.jobs;

/** The work of a job, run in the background with the tenant and caller of the request that started it. */
@FunctionalInterface
public interface JobWork {

    /**
     * @return the report, serialised as JSON into the job (keep it bounded: it is stored)
     * @throws Exception the job fails with the message of a {@code ProblemException}, else the exception's kind
     */
    Object run(JobProgress progress) throws Exception;
}
