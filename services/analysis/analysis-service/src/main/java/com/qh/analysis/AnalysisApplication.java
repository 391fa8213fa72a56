package com.qh.analysis;

import com.qh.analysis.match.VacancyMatcher;
import com.qh.skills.SkillGraph;
import java.time.Clock;
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

    /** The built-in skills taxonomy and what its skills imply; read once, shared by every feature. */
    @Bean
    SkillGraph skillGraph() {
        return SkillGraph.builtIn();
    }

    /** The matcher the match, the recommendations and the jobs share; stateless. */
    @Bean
    VacancyMatcher vacancyMatcher(SkillGraph skillGraph, Clock clock) {
        return new VacancyMatcher(skillGraph, clock);
    }
}
