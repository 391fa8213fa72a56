package com.qh.analysis.source;

import com.qh.analysis.match.Vacancy;
import java.util.UUID;

/**
 * A vacancy with what the analysis shows beside its match.
 *
 * @param id its id in the vacancy service (a saved vacancy's id, or a market vacancy's)
 * @param source where it came from: {@code hh.ru}, {@code linkedin}, {@code page}, {@code text}, {@code market}
 * @param sourceId the id at the source (hh.ru's vacancy id), or null
 * @param employer the employer's name, or null
 * @param url the vacancy's page, or null
 * @param vacancy what the matcher reads: title, text, city, work format, salary
 */
public record VacancyView(UUID id, String source, String sourceId, String employer, String url, Vacancy vacancy) {
}
