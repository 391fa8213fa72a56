package com.qh.analysis.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * What to match.
 *
 * @param vacancyId one of the caller's saved vacancies
 * @param documentId an uploaded resume to match instead of the profile, or null for the profile
 * @param language {@code en} or {@code ru} for recommendations in that language only; null for the first of
 *        {@code Accept-Language} that is one of them, or both when it names neither
 */
@Schema(example = """
        {"vacancyId": "5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10", "language": "ru"}""")
record MatchRequest(@NotNull UUID vacancyId, UUID documentId,
        @Pattern(regexp = "en|ru", message = "must be en or ru") String language) {
}
