package com.qh.analysis.recommend;

import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The market index and the recommender as beans; both are plain classes so that benchmarks can build them. */
@Configuration(proxyBeanMethods = false)
class RecommendConfiguration {

    @Bean
    MarketIndex marketIndex(VacancyMatcher matcher, Vacancies vacancies, RecommendProperties properties,
            Clock clock) {
        return new MarketIndex(matcher, vacancies, properties, clock);
    }

    @Bean
    Recommender recommender(VacancyMatcher matcher, Profiles profiles, Vacancies vacancies, MarketIndex market,
            RecommendProperties properties) {
        return new Recommender(matcher, profiles, vacancies, market, properties);
    }
}
