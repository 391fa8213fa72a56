package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobType;
import java.util.UUID;

/**
 * A job as a handler sees it while running it.
 *
 * @param id the job
 * @param userId whose it is: every read a handler makes is on this user's behalf
 * @param type what to do
 * @param documentId the uploaded resume to read, or null
 * @param vacancyId the vacancy to match against, or null
 * @param attempt 1 for the first run, more when a worker died or a step failed and the job is tried again
 */
public record Job(UUID id, UUID userId, AnalysisJobType type, UUID documentId, UUID vacancyId, int attempt) {
}
