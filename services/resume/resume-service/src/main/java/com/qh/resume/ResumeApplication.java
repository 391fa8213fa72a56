package com.qh.resume;

import com.qh.rendering.DocumentRenderer;
import com.qh.resume.content.Composer;
import com.qh.skills.SkillsInUse;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * Tailoring reads resumes and vacancies with the skills taxonomy release in use ({@link SkillsInUse}, which follows
     * the vacancy service's releases); the shipped taxonomy in a context without vacancy-client's auto-configuration
     * (a web slice test).
     */
    @Bean
    Composer composer(ObjectProvider<SkillsInUse> skills) {
        return new Composer(skills.getIfAvailable(SkillsInUse::shipped));
    }

    /** Stateless and thread-safe: one for every render. */
    @Bean
    DocumentRenderer documentRenderer() {
        return new DocumentRenderer();
    }
}
