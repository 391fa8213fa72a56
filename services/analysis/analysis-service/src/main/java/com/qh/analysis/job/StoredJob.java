package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code analysis_job}; {@code result} and {@code problem} as the JSON text stored, {@code lastError} the
 * last error a run met as logged.
 */
record StoredJob(UUID id, UUID userId, AnalysisJobType type, AnalysisJobStatus status, int progress, String step,
        UUID documentId, UUID vacancyId, int attempts, String leaseOwner, Instant leaseUntil, String result,
        String problem, String lastError, Instant runAfter, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    Job job() {
        return new Job(id, userId, type, documentId, vacancyId, attempts);
    }
}
