package com.qh.analysis.recommend;

import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The market index and the recommender as beans; both are plain classes so that benchmarks can build them. */
@Configuration(proxyBeanMethods = false)
class RecommendConfiguration {

    @Bean
    MarketIndex marketIndex(Supplier<VacancyMatcher> vacancyMatchers, Vacancies vacancies,
            RecommendProperties properties, Clock clock) {
        return new MarketIndex(vacancyMatchers, vacancies, properties, clock);
    }

    @Bean
    Recommender recommender(Profiles profiles, Vacancies vacancies, MarketIndex market,
            RecommendProperties properties) {
        return new Recommender(profiles, vacancies, market, properties);
    }
}
