package com.qh.analysis.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job workers ({@code qh.analysis.jobs.*}).
 *
 * @param workers jobs this instance runs at once (each on a thread of its own); 0 runs none (an API-only instance)
 * @param pollInterval how often an idle instance looks for queued jobs (a job queued here is started at once)
 * @param lease how long a claimed job stays its worker's without a heartbeat; after that it is reclaimed
 * @param heartbeat how often a worker renews the leases of the jobs it runs; well below {@code lease}
 * @param reapInterval how often expired leases are looked for
 * @param maxAttempts runs of a job before it fails for good (a worker lost counts as a run)
 * @param retryBackoff the wait before a failed run is tried again, doubled each time
 */
@ConfigurationProperties("qh.analysis.jobs")
public record JobProperties(
        @DefaultValue("2") int workers,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("10s") Duration reapInterval,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("5s") Duration retryBackoff) {

    public JobProperties {
        if (workers < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("qh.analysis.jobs: workers must be 0 or more, max-attempts 1 or more");
        }
        if (heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("qh.analysis.jobs.heartbeat must be shorter than the lease");
        }
    }

    /** The wait before run {@code attempt + 1}. */
    Duration backoffAfter(int attempt) {
        return retryBackoff.multipliedBy(1L << Math.min(10, Math.max(0, attempt - 1)));
    }
}
