package com.qh.analysis.recommend;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * A vacancy ranked for the user's profile.
 *
 * @param vacancyId the saved vacancy's id (usable with {@code POST /api/v1/analysis/match}), or the market
 *        vacancy's id in the vacancy service's market store
 * @param origin {@code SAVED} for one of the user's vacancies, {@code MARKET} for the market store
 * @param score the full match's score, 0–100
 * @param topMissingSkill the first skill the vacancy asks for that the profile shows nowhere (a required one before
 *        a welcome one), or null when none is missing
 */
public record RecommendedVacancy(UUID vacancyId, Origin origin, String title, String employer, String city,
        @Schema(nullable = true) String url, int score, @Schema(nullable = true) String topMissingSkill) {

    /** Where a recommended vacancy comes from. */
    public enum Origin {
        SAVED,
        MARKET
    }
}
