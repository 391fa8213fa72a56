package com.qh.analysis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
}
