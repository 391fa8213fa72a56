package com.qh.analysis.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A running analysis job moved on: the notification service pushes it to the user's open tabs so a progress bar
 * moves without polling. A few per job (one per step), never a stream; a lost one only leaves a bar behind until
 * the next.
 *
 * @param jobId the job
 * @param userId its owner
 * @param type what the job does
 * @param status {@link AnalysisJobStatus#RUNNING}, or {@link AnalysisJobStatus#QUEUED} when it waits for a retry
 * @param progress 0-100
 * @param step the step now running ({@code parse}, {@code ats}, {@code tone}, {@code salary}, {@code match})
 */
@EventType("analysis.progressed.v1")
public record AnalysisProgressed(UUID eventId, Instant occurredAt, UUID jobId, UUID userId, AnalysisJobType type,
        AnalysisJobStatus status, int progress, String step) implements IntegrationEvent {
}
