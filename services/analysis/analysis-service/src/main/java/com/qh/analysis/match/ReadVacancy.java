package com.qh.analysis.match;

import com.qh.skills.requirements.VacancyReading;

/**
 * A vacancy with its requirements read, as {@link VacancyMatcher#read(Vacancy)} gives it: kept by callers that match
 * the same vacancy many times (the recommendation index holds one per market vacancy).
 *
 * @param vacancy the vacancy as given
 * @param reading its requirements and sentences, as {@code platform/skills}' extractor read them
 */
public record ReadVacancy(Vacancy vacancy, VacancyReading reading) {
}
