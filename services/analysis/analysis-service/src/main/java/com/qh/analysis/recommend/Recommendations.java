package com.qh.analysis.recommend;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/analysis/recommended-vacancies}.
 *
 * @param vacancies best first
 * @param marketIndexed how many market vacancies were considered (0 while the index is first being read)
 * @param marketRefreshedAt when the market index was last read from the vacancy service, null before that
 */
public record Recommendations(List<RecommendedVacancy> vacancies, int marketIndexed, Instant marketRefreshedAt) {

    public Recommendations {
        vacancies = List.copyOf(vacancies);
    }
}
