package com.qh.vacancy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The vacancy service: Vacancies brought in from hh.ru, job pages or pasted text, normalised, with their requirements extracted; market data for salary estimates. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VacancyApplication {

    public static void main(String[] args) {
        SpringApplication.run(VacancyApplication.class, args);
    }
}
