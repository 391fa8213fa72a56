package com.qh.vacancy.client;

/**
 * In-process: a taxonomy release was put to use in this service ({@code skills.released.v1} arrived, or the vacancy
 * service answered a newer release than the one in use), so what a feature keeps read with the taxonomy before (an
 * index of vacancies read with it) is out of date. Published with Spring's application events, for
 * {@code @EventListener}s; what is made from the taxonomy per request needs no listener
 * ({@code SkillsInUse.perRelease}).
 *
 * @param version the taxonomy's version now ({@code 2026.12.5+3})
 * @param release the release's number
 */
public record SkillsReleaseApplied(String version, int release) {
}
