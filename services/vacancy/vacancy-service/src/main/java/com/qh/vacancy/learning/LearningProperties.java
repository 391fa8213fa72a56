package com.qh.vacancy.learning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning skills from the market ({@code qh.vacancy.skills.*}).
 *
 * @param minVacancies how many market vacancies must list a key skill before it is a candidate
 * @param refresh how often to look for a release another replica made, to put it to use here too
 * @param defaultCategory the category of an accepted new skill when neither the administrator nor the skills listed
 *        beside it give one
 */
@ConfigurationProperties("qh.vacancy.skills")
record LearningProperties(@DefaultValue("2") int minVacancies, @DefaultValue("1m") Duration refresh,
        @DefaultValue("market") String defaultCategory) {
}
