package com.qh.analysis.matching;

import com.qh.analysis.match.MatchResult;
import com.qh.analysis.match.MatchResult.RecommendationKind;
import com.qh.analysis.match.MatchResult.RequirementLine;
import com.qh.analysis.match.MatchResult.ScoreParts;
import com.qh.analysis.match.MatchResult.SkillExperience;
import com.qh.analysis.match.MatchResult.UnscoredRequirement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A match as the API answers it: the matcher's result with what it was about and when.
 *
 * @param id the stored match, for {@code GET /api/v1/analysis/matches/{id}}
 * @param documentId the uploaded resume matched, or null for the profile
 * @param missingSkills the skills the vacancy asks for that the profile shows nowhere, required ones first
 * @param recommendations what would raise the score most, first; {@code en} and {@code ru} are both filled unless
 *        one language was asked for
 * @param unscored the sentences of the vacancy's requirements the score does not weigh (no skill, years, education
 *        or language read in them), in the vacancy's words, for the candidate to check by hand
 */
record MatchView(UUID id, UUID vacancyId, @Schema(nullable = true) UUID documentId, String vacancyTitle,
        Instant createdAt, int score, ScoreParts parts, List<RequirementLine> requirements, List<String> missingSkills,
        List<SkillExperience> experienceBySkill, List<Advice> recommendations, String taxonomyVersion,
        String graphVersion, List<UnscoredRequirement> unscored) {

    /** Something to change in the profile; texts in the language asked for, or both. */
    record Advice(RecommendationKind kind, String section, @Schema(nullable = true) String entryId, double gain,
            @Schema(nullable = true) String en, @Schema(nullable = true) String ru) {
    }

    static MatchView of(Stored stored, String language) {
        MatchResult result = stored.result();
        List<Advice> advice = result.recommendations().stream()
                .map(r -> new Advice(r.kind(), r.section(), r.entryId(), r.gain(),
                        "ru".equals(language) ? null : r.en(), "en".equals(language) ? null : r.ru()))
                .toList();
        return new MatchView(stored.id(), stored.vacancyId(), stored.documentId(), stored.vacancyTitle(),
                stored.createdAt(), result.score(), result.parts(), result.requirements(), result.missingSkills(),
                result.experienceBySkill(), advice, result.taxonomyVersion(), result.graphVersion(), result.unscored());
    }

    /** A match as it is kept. */
    record Stored(UUID id, UUID userId, UUID vacancyId, UUID documentId, String vacancyTitle, Instant createdAt,
            MatchResult result) {
    }
}
