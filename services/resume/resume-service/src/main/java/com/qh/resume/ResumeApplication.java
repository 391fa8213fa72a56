package com.qh.resume;

import com.qh.ai.factcheck.FactChecker;
import com.qh.rendering.DocumentRenderer;
import com.qh.resume.content.Composer;
import com.qh.skills.SkillGraph;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The resume service: see the module README. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResumeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResumeApplication.class, args);
    }

    /** The built-in skills taxonomy and what its skills imply, which tailoring reads resumes and vacancies with. */
    @Bean
    SkillGraph skillGraph() {
        return SkillGraph.builtIn();
    }

    @Bean
    Composer composer(SkillGraph skillGraph) {
        return new Composer(skillGraph);
    }

    /** Checks model-rewritten bullets against the profile; loads the skills taxonomy once. */
    @Bean
    FactChecker factChecker() {
        return new FactChecker();
    }

    /** Stateless and thread-safe: one for every render. */
    @Bean
    DocumentRenderer documentRenderer() {
        return new DocumentRenderer();
    }
}
