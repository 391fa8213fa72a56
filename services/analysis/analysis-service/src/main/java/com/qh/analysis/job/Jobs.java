package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a user's jobs and shows them; everything is the caller's own (another user's job is not found). Also the
 * face other features use: a resume upload starts a review, and an erased account loses its jobs.
 */
@Service
public class Jobs {

    private final JobQueue queue;
    private final JobWorkers workers;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    Jobs(JobQueue queue, JobWorkers workers, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.queue = queue;
        this.workers = workers;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Queues a job the user asked for, once it is known that it can run. */
    JobView submit(UUID userId, JobRequest request) {
        Job job = new Job(UUID.randomUUID(), userId, request.type(), request.documentId(), request.vacancyId(), 0);
        switch (request.type()) {
            case RESUME_REVIEW -> require("documentId", request.documentId(), "a resume review needs the uploaded "
                    + "resume to review");
            case MATCH -> require("vacancyId", request.vacancyId(), "a match needs the vacancy to match against");
            case SALARY -> { }
        }
        JobHandler handler = workers.handler(request.type()).orElseThrow(() -> new UnprocessableException(
                "job-type-not-available", "Jobs of type " + request.type() + " are not available yet."));
        handler.check(job);
        enqueue(job, null);
        return find(userId, job.id());
    }

    /**
     * Starts a review of a resume the user just uploaded, once per upload event.
     *
     * @return whether a job was queued (false for a redelivered event)
     */
    public boolean reviewUpload(UUID userId, UUID documentId, UUID eventId) {
        return enqueue(new Job(UUID.randomUUID(), userId, AnalysisJobType.RESUME_REVIEW, documentId, null, 0),
                eventId);
    }

    JobView find(UUID userId, UUID id) {
        return queue.find(userId, id).map(this::view)
                .orElseThrow(() -> new NotFoundException("You have no analysis job " + id + "."));
    }

    /** The user's jobs, newest first, without their results. */
    List<JobView> recent(UUID userId, int limit) {
        return queue.recent(userId, limit).stream().map(this::summary).toList();
    }

    /** Every user's jobs for administrators, newest first, with how many there are in each status. */
    AdminJobPage adminPage(AnalysisJobStatus status, AnalysisJobType type, int page, int size) {
        List<AdminJobView> items = queue.page(status, type, size, (long) page * size).stream()
                .map(this::adminView).toList();
        return new AdminJobPage(items, page, size, queue.counts(type));
    }

    /**
     * Queues a failed job again from its start (an administrator fixed what made it fail).
     *
     * @throws NotFoundException for an unknown job
     * @throws QhException 409 when the job has not failed
     */
    AdminJobView retry(UUID id) {
        boolean queued = queue.retry(id, clock.instant());
        StoredJob job = queue.find(id).orElseThrow(() -> new NotFoundException("There is no analysis job " + id
                + "."));
        if (!queued) {
            throw new QhException(HttpStatus.CONFLICT, "job-not-failed", "Job not failed", "Job " + id + " is "
                    + job.status() + "; only a failed job can be run again.");
        }
        workers.wake();
        return adminView(job);
    }

    /** Removes every job of the user (their account was deleted); how many there were. */
    public int erase(UUID userId) {
        Integer erased = transactions.execute(status -> queue.erase(userId));
        return erased == null ? 0 : erased;
    }

    private boolean enqueue(Job job, UUID eventId) {
        Boolean queued = transactions.execute(status -> {
            boolean inserted = queue.enqueue(job.id(), job.userId(), job.type(), job.documentId(), job.vacancyId(),
                    eventId, clock.instant());
            if (inserted) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        workers.wake();
                    }
                });
            }
            return inserted;
        });
        return Boolean.TRUE.equals(queued);
    }

    private JobView view(StoredJob job) {
        return new JobView(job.id(), job.type(), job.status(), job.progress(), job.step(), job.documentId(),
                job.vacancyId(), job.attempts(), job.createdAt(), job.startedAt(), job.finishedAt(),
                tree(job.result()), tree(job.problem()));
    }

    private JobView summary(StoredJob job) {
        return new JobView(job.id(), job.type(), job.status(), job.progress(), job.step(), job.documentId(),
                job.vacancyId(), job.attempts(), job.createdAt(), job.startedAt(), job.finishedAt(), null,
                tree(job.problem()));
    }

    private AdminJobView adminView(StoredJob job) {
        return new AdminJobView(job.id(), job.userId(), job.type(), job.status(), job.progress(), job.step(),
                job.documentId(), job.vacancyId(), job.attempts(), job.lastError(), job.runAfter(), job.createdAt(),
                job.startedAt(), job.finishedAt(), tree(job.problem()));
    }

    private JsonNode tree(String stored) {
        return stored == null ? null : json.readTree(stored);
    }

    private static void require(String field, UUID value, String why) {
        if (value == null) {
            throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "Field '" + field + "' is required: " + why + ".")
                    .with("errors", List.of(new FieldViolation(field, "must not be null")));
        }
    }
}
