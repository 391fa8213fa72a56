/**
 * Matching a candidate against a vacancy: an explainable score, one line per requirement with the profile lines
 * that meet it, years per skill and ranked recommendations in Russian and English.
 *
 * <p>The public face is {@link com.qh.analysis.match.VacancyMatcher}, its input ({@link
 * com.qh.analysis.match.Candidate}, {@link com.qh.analysis.match.JsonResumeCandidates}, {@link
 * com.qh.analysis.match.Vacancy}) and its answer ({@link com.qh.analysis.match.MatchResult}); the scoring, the
 * checks and the recommendations are package-private.
 */
package com.qh.analysis.match;
