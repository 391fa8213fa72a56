package com.qh.analysis.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An analysis job ended, done or failed for good (a job that will be retried does not end). The result itself
 * stays in the analysis service: consumers link to it ({@code resultPath} in the web app, or
 * {@code GET /api/v1/analysis/jobs/{jobId}} with the user's token) rather than copy a user's analysis around.
 *
 * @param jobId the job
 * @param userId its owner
 * @param type what the job did
 * @param status {@link AnalysisJobStatus#DONE} or {@link AnalysisJobStatus#FAILED}
 * @param documentId the document analysed, or null
 * @param vacancyId the vacancy matched against, or null
 * @param score the headline figure of a done job (the match score, or the ATS score of a resume review), 0-100;
 *        null when failed or when the job has none
 * @param problem why a failed job failed (a human sentence), null when done
 * @param resultPath where the web app shows the result: {@code /analysis/jobs/{jobId}}
 */
@EventType("analysis.completed.v1")
public record AnalysisCompleted(UUID eventId, Instant occurredAt, UUID jobId, UUID userId, AnalysisJobType type,
        AnalysisJobStatus status, UUID documentId, UUID vacancyId, Integer score, String problem,
        String resultPath) implements IntegrationEvent {
}
