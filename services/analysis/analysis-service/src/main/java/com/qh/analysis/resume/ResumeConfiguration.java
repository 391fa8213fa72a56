package com.qh.analysis.resume;

import com.qh.skills.SkillsInUse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser as a bean, reading skills with the taxonomy release in use. */
@Configuration(proxyBeanMethods = false)
class ResumeConfiguration {

    @Bean
    ResumeParser resumeParser(SkillsInUse skills) {
        return new ResumeParser(skills::taxonomy);
    }
}
