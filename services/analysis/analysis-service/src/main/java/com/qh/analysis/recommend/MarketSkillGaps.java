package com.qh.analysis.recommend;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/analysis/market/skill-gaps}.
 *
 * @param skills most asked for first
 * @param vacancies how many market vacancies near the profile were counted
 * @param marketIndexed how many market vacancies the index holds (0 while it is first being read)
 * @param marketRefreshedAt when the index was last read from the vacancy service, null before that
 */
public record MarketSkillGaps(List<Gap> skills, int vacancies, int marketIndexed, Instant marketRefreshedAt) {

    public MarketSkillGaps {
        skills = List.copyOf(skills);
    }

    /**
     * A skill the profile does not show.
     *
     * @param skill its name in the taxonomy
     * @param vacancies in how many of the counted vacancies it is asked for
     * @param required in how many of them it is required rather than welcome
     */
    public record Gap(String skill, int vacancies, int required) {
    }
}
