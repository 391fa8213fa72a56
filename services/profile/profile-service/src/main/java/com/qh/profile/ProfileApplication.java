package com.qh.profile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The profile service: The career profile: personal data, experience, education, skills and the rest, in Russian and English, with JSON Resume import and export. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProfileApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProfileApplication.class, args);
    }
}
