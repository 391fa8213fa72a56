package com.qh.analysis.ats;

import com.qh.analysis.resume.ResumeParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ATS check as a bean over the service's resume parser. */
@Configuration(proxyBeanMethods = false)
class AtsConfiguration {

    @Bean
    AtsChecker atsChecker(ResumeParser parser) {
        return new AtsChecker(parser);
    }
}
