package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisCompleted;
import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisProgressed;
import com.qh.platform.web.QhException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change of a job's state, each in a transaction of its own together with the event it announces (the
 * outbox): progress with {@code analysis.progressed.v1}, the end with {@code analysis.completed.v1}. A change made
 * under a claim that is no longer the worker's does nothing and announces nothing.
 */
@Component
class JobTransitions {

    private static final Logger log = LoggerFactory.getLogger(JobTransitions.class);

    private final JobQueue queue;
    private final JobProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    JobTransitions(JobQueue queue, JobProperties properties, TransactionTemplate transactions,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.queue = queue;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    Optional<StoredJob> claim(String owner) {
        Instant now = clock.instant();
        return transactions.execute(status -> queue.claim(owner, now, properties.lease()));
    }

    /** Records a step; false when the worker no longer holds the job (then it should stop). */
    boolean progress(Job job, String owner, String step, int percent) {
        Instant now = clock.instant();
        int bounded = Math.clamp(percent, 0, 99);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!queue.progress(job, owner, step, bounded, now.plus(properties.lease()))) {
                return false;
            }
            events.publishEvent(new AnalysisProgressed(UUID.randomUUID(), now, job.id(), job.userId(), job.type(),
                    AnalysisJobStatus.RUNNING, bounded, step));
            return true;
        }));
    }

    void done(Job job, String owner, JobOutcome outcome) {
        Instant now = clock.instant();
        String result = json.writeValueAsString(outcome.result());
        transactions.executeWithoutResult(status -> {
            if (queue.finish(job, owner, AnalysisJobStatus.DONE, result, null, null, now)) {
                events.publishEvent(completed(job, AnalysisJobStatus.DONE, outcome.score(), null, now));
            } else {
                log.info("Job {} was taken from this worker before it ended; its result is dropped", job.id());
            }
        });
    }

    /** Fails the job for good with a problem the user sees. */
    void failed(Job job, String owner, Map<String, Object> problem, String error) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            if (queue.finish(job, owner, AnalysisJobStatus.FAILED, null, json.writeValueAsString(problem), error,
                    now)) {
                events.publishEvent(completed(job, AnalysisJobStatus.FAILED, null, (String) problem.get("detail"),
                        now));
            }
        });
    }

    /** Queues a failed run again after the backoff. */
    void retry(Job job, String owner, String error) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            if (queue.requeue(job, owner, error, now.plus(properties.backoffAfter(job.attempt())))) {
                events.publishEvent(new AnalysisProgressed(UUID.randomUUID(), now, job.id(), job.userId(),
                        job.type(), AnalysisJobStatus.QUEUED, 0, null));
            }
        });
    }

    /** Gives the jobs a stopping worker holds back to the queue, the interrupted run not counted. */
    void release(String owner, List<UUID> ids) {
        if (!ids.isEmpty()) {
            transactions.executeWithoutResult(status -> queue.release(owner, ids));
        }
    }

    /**
     * Reclaims jobs whose lease ran out before {@code now}: their worker died or stalled. Each goes back to the
     * queue, or fails with the reason once it has had {@code max-attempts} runs. Answers how many were reclaimed.
     */
    int reclaimExpired() {
        return reclaimExpired(clock.instant());
    }

    /** As {@link #reclaimExpired()}, at a given time. */
    int reclaimExpired(Instant now) {
        Integer reclaimed = transactions.execute(status -> {
            List<StoredJob> lost = queue.expired(now, 100);
            for (StoredJob job : lost) {
                String error = "The worker " + job.leaseOwner() + " held the job until " + job.leaseUntil()
                        + " without a heartbeat (run " + job.attempts() + ")";
                if (job.attempts() >= properties.maxAttempts()) {
                    Map<String, Object> problem = problem("analysis-worker-lost", "Analysis failed", 500,
                            "The analysis stopped " + job.attempts() + " times before it could finish (the worker "
                                    + "running it was lost), so it was given up. Start it again later.");
                    queue.failLost(job.id(), json.writeValueAsString(problem), error, now);
                    events.publishEvent(completed(job.job(), AnalysisJobStatus.FAILED, null,
                            (String) problem.get("detail"), now));
                    log.warn("Job {} failed: {}; no runs left", job.id(), error);
                } else {
                    queue.requeueLost(job.id(), error, now);
                    log.warn("Job {} queued again: {}", job.id(), error);
                }
            }
            return lost.size();
        });
        return reclaimed == null ? 0 : reclaimed;
    }

    int heartbeat(String owner, List<UUID> ids) {
        Instant until = clock.instant().plus(properties.lease());
        Integer held = transactions.execute(status -> queue.heartbeat(owner, ids, until));
        return held == null ? 0 : held;
    }

    static Map<String, Object> problem(QhException e) {
        return problem(e.type().toString().substring(QhException.TYPE_BASE.length()), e.title(),
                e.status().value(), e.detail());
    }

    static Map<String, Object> problem(String slug, String title, int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", QhException.TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    private static AnalysisCompleted completed(Job job, AnalysisJobStatus status, Integer score, String problem,
            Instant now) {
        return new AnalysisCompleted(UUID.randomUUID(), now, job.id(), job.userId(), job.type(), status,
                job.documentId(), job.vacancyId(), score, problem, "/analysis/jobs/" + job.id());
    }
}
