package com.qh.analysis.recommend;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How vacancies are recommended ({@code qh.analysis.recommend.*}).
 *
 * @param refresh how often the market index is read again from the vacancy service (also once on start)
 * @param pageSize how many market vacancies one call to the vacancy service asks for
 * @param maxMarket the most market vacancies the index holds; the rest are left out (and logged)
 * @param candidates how many market vacancies, best by skill overlap, get the full match per request (at least the
 *        limit asked)
 * @param saved how many of the user's saved vacancies, newest first, are ranked with them
 */
@ConfigurationProperties("qh.analysis.recommend")
public record RecommendProperties(Duration refresh, Integer pageSize, Integer maxMarket, Integer candidates,
        Integer saved) {

    public RecommendProperties {
        refresh = refresh == null ? Duration.ofMinutes(15) : refresh;
        pageSize = pageSize == null ? 500 : pageSize;
        maxMarket = maxMarket == null ? 50_000 : maxMarket;
        candidates = candidates == null ? 40 : candidates;
        saved = saved == null ? 100 : saved;
        if (refresh.isNegative() || refresh.isZero() || pageSize < 1 || maxMarket < 0 || candidates < 1
                || saved < 0) {
            throw new IllegalArgumentException("qh.analysis.recommend: refresh, page-size and candidates must be "
                    + "positive, max-market and saved not negative");
        }
    }

    /** The defaults. */
    public static RecommendProperties defaults() {
        return new RecommendProperties(null, null, null, null, null);
    }
}
