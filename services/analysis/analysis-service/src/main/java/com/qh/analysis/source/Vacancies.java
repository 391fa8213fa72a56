package com.qh.analysis.source;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Vacancies as the analysis sees them: a user's saved ones, and the market store for recommendations. */
public interface Vacancies {

    /**
     * One of the user's saved vacancies.
     *
     * @return empty when it does not exist or belongs to someone else (the caller answers 404 either way)
     */
    Optional<VacancyView> find(UUID userId, UUID vacancyId);

    /** The user's saved vacancies, newest first, at most {@code limit}. */
    List<VacancyView> saved(UUID userId, int limit);

    /**
     * A page of the market store, in a stable order.
     *
     * @param after the {@link MarketPage#next()} of the page before, or null for the first page
     * @param limit at most this many
     */
    MarketPage market(String after, int limit);

    /** A page of market vacancies and where the next one starts (null after the last). */
    record MarketPage(List<VacancyView> vacancies, String next) {

        public MarketPage {
            vacancies = List.copyOf(vacancies);
        }
    }
}
