package com.qh.vacancy.market;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Market data ({@code qh.vacancy.market.*}).
 *
 * @param sync the scheduled import from the hh.ru search API, off by default
 */
@ConfigurationProperties("qh.vacancy.market")
record MarketProperties(@DefaultValue Sync sync) {

    /**
     * @param enabled whether to import on a schedule
     * @param queries search texts, such as {@code java developer}
     * @param areas hh.ru area ids to search in ({@code 1} Moscow, {@code 113} Russia); none means everywhere
     * @param pages pages of {@code perPage} vacancies read per query and area
     * @param perPage vacancies per page (hh.ru allows up to 100)
     * @param interval time between runs
     * @param initialDelay time from start to the first run
     * @param details whether to read each vacancy found ({@code GET /vacancies/{id}}) for its description and key
     *        skills, which a search answer lacks and learning skills from the market needs; a vacancy stored with
     *        the same publication time is not read again, and one that cannot be read is stored as found
     * @param pause time between two such reads, to stay well inside hh.ru's request rate
     */
    record Sync(@DefaultValue("false") boolean enabled, @DefaultValue List<String> queries,
            @DefaultValue List<String> areas, @DefaultValue("2") int pages, @DefaultValue("100") int perPage,
            @DefaultValue("6h") Duration interval, @DefaultValue("1m") Duration initialDelay,
            @DefaultValue("true") boolean details, @DefaultValue("200ms") Duration pause) {
    }
}
