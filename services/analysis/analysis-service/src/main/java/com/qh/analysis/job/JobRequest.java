package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A job to queue.
 *
 * @param type {@code RESUME_REVIEW} (needs {@code documentId}), {@code MATCH} (needs {@code vacancyId}; with
 *        {@code documentId} an uploaded resume is matched instead of the profile) or {@code SALARY}
 * @param documentId one of the caller's uploaded resumes
 * @param vacancyId one of the caller's saved vacancies
 */
@Schema(example = """
        {"type": "RESUME_REVIEW", "documentId": "3b6f1c2e-9d4a-4e8b-a1f0-52c7d9e8b301"}""")
record JobRequest(@NotNull AnalysisJobType type, UUID documentId, UUID vacancyId) {
}
