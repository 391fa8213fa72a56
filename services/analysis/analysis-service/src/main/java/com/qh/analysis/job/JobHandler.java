package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobType;

/**
 * Runs one type of job. One bean per {@link AnalysisJobType}; a type without a handler is refused when it is
 * asked for (422), so a feature plugs into the jobs by adding its handler, nothing else.
 *
 * <p>A handler throws a {@link com.qh.platform.web.QhException} with a 4xx status for what trying again cannot
 * fix (the document is not a resume, the vacancy is gone): the job fails at once with that problem. Any other
 * exception is a fault that may pass (a service briefly down): the job is tried again, a bounded number of times.
 */
public interface JobHandler {

    /** The job type this handler runs. */
    AnalysisJobType type();

    /**
     * Checks a new job before it is queued, so that a request that can never succeed is refused at once (a
     * vacancy that is not the user's: 404). Nothing by default.
     */
    default void check(Job job) {
    }

    /** Runs the job, reporting progress as it goes. */
    JobOutcome run(Job job, JobProgress progress);
}
