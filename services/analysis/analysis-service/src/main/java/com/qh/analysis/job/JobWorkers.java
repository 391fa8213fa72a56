package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobType;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's job workers: {@code workers} threads, each running one claimed job at a time, and one ticker
 * thread that claims due jobs for free workers every {@code poll-interval} (and at once when a job is queued here),
 * renews the leases of the jobs in hand every {@code heartbeat}, and reclaims jobs whose lease ran out (their
 * worker, here or on another instance, died) every {@code reap-interval}. Several instances share the queue.
 */
@Component
class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final String owner = "analysis-" + UUID.randomUUID();
    private final JobTransitions transitions;
    private final JobProperties properties;
    private final Map<AnalysisJobType, JobHandler> handlers = new EnumMap<>(AnalysisJobType.class);
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final Semaphore free;
    private volatile ExecutorService runners;
    private volatile ScheduledExecutorService ticker;

    JobWorkers(JobTransitions transitions, JobProperties properties, List<JobHandler> handlers) {
        this.transitions = transitions;
        this.properties = properties;
        this.free = new Semaphore(properties.workers());
        for (JobHandler handler : handlers) {
            if (this.handlers.put(handler.type(), handler) != null) {
                throw new IllegalStateException("Two job handlers for " + handler.type());
            }
        }
    }

    Optional<JobHandler> handler(AnalysisJobType type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /** Looks for work now rather than at the next poll: a job was just queued. */
    void wake() {
        ScheduledExecutorService current = ticker;
        if (current != null) {
            try {
                current.execute(this::poll);
            } catch (RejectedExecutionException stopping) {
                // stopping: the job waits in the queue for the next start
            }
        }
    }

    /** Claims due jobs while workers are free. */
    void poll() {
        try {
            while (free.tryAcquire()) {
                Optional<StoredJob> claimed = transitions.claim(owner);
                if (claimed.isEmpty()) {
                    free.release();
                    return;
                }
                Job job = claimed.get().job();
                running.add(job.id());
                try {
                    runners.execute(() -> {
                        try {
                            run(job);
                        } finally {
                            running.remove(job.id());
                            free.release();
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    running.remove(job.id());
                    free.release();
                    transitions.release(owner, List.of(job.id()));
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for analysis jobs: {}", e.toString());
        }
    }

    /** Runs one claimed job to its end: done, failed for good, or queued again. */
    void run(Job job) {
        JobHandler handler = handlers.get(job.type());
        try {
            if (handler == null) {
                throw new UnprocessableException("job-type-not-available",
                        "Jobs of type " + job.type() + " are not available yet.");
            }
            JobOutcome outcome = handler.run(job, (step, percent) -> {
                if (!transitions.progress(job, owner, step, percent)) {
                    throw new ClaimLost(job);
                }
            });
            transitions.done(job, owner, outcome);
        } catch (ClaimLost lost) {
            log.info("Job {} is no longer this worker's (reclaimed or erased); stopped", job.id());
        } catch (RuntimeException e) {
            if (e instanceof QhException problem && problem.status().is4xxClientError()) {
                transitions.failed(job, owner, JobTransitions.problem(problem), e.toString());
            } else if (job.attempt() >= properties.maxAttempts()) {
                log.warn("Job {} failed for good after {} runs", job.id(), job.attempt(), e);
                transitions.failed(job, owner, JobTransitions.problem("analysis-failed", "Analysis failed", 500,
                        "The analysis failed " + job.attempt() + " times and was given up. Start it again later."),
                        e.toString());
            } else {
                log.warn("Job {} failed on run {}; it will be tried again", job.id(), job.attempt(), e);
                transitions.retry(job, owner, e.toString());
            }
        }
    }

    void heartbeat() {
        try {
            transitions.heartbeat(owner, List.copyOf(running));
        } catch (RuntimeException e) {
            log.warn("Could not renew the leases of analysis jobs {}: {}", running, e.toString());
        }
    }

    void reap() {
        try {
            transitions.reclaimExpired();
        } catch (RuntimeException e) {
            log.warn("Could not reclaim expired analysis jobs: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("analysis-jobs-ticker")
                .daemon().factory());
        runners = Executors.newFixedThreadPool(Math.max(1, properties.workers()),
                Thread.ofPlatform().name("analysis-job-", 1).daemon().factory());
        if (properties.workers() > 0) {
            schedule(this::poll, properties.pollInterval().toMillis());
        }
        schedule(this::heartbeat, properties.heartbeat().toMillis());
        schedule(this::reap, properties.reapInterval().toMillis());
    }

    private void schedule(Runnable task, long millis) {
        ticker.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops claiming, interrupts the jobs in hand and gives them back to the queue (the run not counted), so a
     * redeploy neither waits for long analyses nor leaves them to the lease.
     */
    @Override
    public synchronized void stop() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        runners.shutdownNow();
        try {
            if (!runners.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Analysis jobs {} did not stop within 5 s", running);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            transitions.release(owner, List.copyOf(running));
        } catch (RuntimeException e) {
            log.warn("Could not give back analysis jobs {}; their leases will run out: {}", running, e.toString());
        }
        ticker = null;
        runners = null;
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    /** The job was reclaimed or erased while it ran: the worker drops it without touching it. */
    static final class ClaimLost extends RuntimeException {

        ClaimLost(Job job) {
            super("Job " + job.id() + " is no longer held by this worker", null, false, false);
        }
    }
}
