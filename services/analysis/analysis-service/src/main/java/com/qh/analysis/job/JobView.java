package com.qh.analysis.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A job as the API shows it.
 *
 * @param progress 0-100; 100 once done
 * @param step the step running now ({@code parse}, {@code ats}, {@code tone}, {@code salary}, {@code match}), or
 *        the last one run
 * @param attempts runs so far (a run lost with its worker counts)
 * @param result what a done job found (absent otherwise)
 * @param problem why a failed job failed, as a problem document (absent otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JobView(UUID id, AnalysisJobType type, AnalysisJobStatus status, int progress, String step,
        UUID documentId, UUID vacancyId, int attempts, Instant createdAt, Instant startedAt, Instant finishedAt,
        @Schema(nullable = true) JsonNode result, @Schema(nullable = true) JsonNode problem) {
}
