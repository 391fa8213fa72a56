package com.qh.analysis.matching;

import com.qh.analysis.match.MatchResult.ScoreParts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One match of the history: enough to see the score move; the whole match is at {@code /matches/{id}}. */
record MatchSummary(UUID id, UUID vacancyId, @Schema(nullable = true) UUID documentId, String vacancyTitle,
        Instant createdAt, int score, ScoreParts parts, List<String> missingSkills) {
}
