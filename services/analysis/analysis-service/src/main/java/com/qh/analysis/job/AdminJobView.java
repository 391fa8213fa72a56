package com.qh.analysis.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A job as administrators see it: whose it is and, beside what its owner sees, why it is where it is.
 *
 * @param lastError the last error a run of it met, as logged: kept when a later run succeeded, so a job that needed
 *        a second attempt shows why
 * @param runAfter when a queued job becomes due (later than now while it waits out a retry's backoff)
 * @param problem why a failed job failed, as its owner sees it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AdminJobView(UUID id, UUID userId, AnalysisJobType type, AnalysisJobStatus status, int progress, String step,
        UUID documentId, UUID vacancyId, int attempts, @Schema(nullable = true) String lastError, Instant runAfter,
        Instant createdAt, Instant startedAt, Instant finishedAt, @Schema(nullable = true) JsonNode problem) {
}
