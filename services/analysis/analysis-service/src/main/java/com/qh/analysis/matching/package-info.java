/**
 * The match as the public API gives it: {@code POST /api/v1/analysis/match} puts the caller's profile (or a parsed
 * uploaded resume) side by side with one of their vacancies through {@link com.qh.analysis.match.VacancyMatcher},
 * answers at once, and keeps each answer so that {@code GET /api/v1/analysis/matches} shows how the score moved as
 * the profile changed.
 */
package com.qh.analysis.matching;
