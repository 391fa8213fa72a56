package com.qh.analysis;

import com.qh.analysis.match.VacancyMatcher;
import com.qh.skills.SkillsInUse;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The analysis service: a profile or an uploaded resume side by side with a vacancy (an explainable match and
 * recommendations), vacancies ranked for a profile, tone and wording, the ATS check, uploaded-resume parsing and the
 * asynchronous jobs that run them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AnalysisApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalysisApplication.class, args);
    }

    /**
     * The matcher the match, the recommendations and the jobs share: the one of the skills taxonomy release in use
     * ({@link SkillsInUse}, which follows the vacancy service's releases), made once per release. Take it once per
     * piece of work; each is stateless. A context without vacancy-client's auto-configuration (a web slice test) reads
     * with the shipped taxonomy.
     */
    @Bean
    Supplier<VacancyMatcher> vacancyMatchers(ObjectProvider<SkillsInUse> skills, Clock clock) {
        return skills.getIfAvailable(SkillsInUse::shipped).perRelease(graph -> new VacancyMatcher(graph, clock));
    }
}
