package com.qh.analysis.salary;

import java.util.List;

/**
 * What an estimate is asked for.
 *
 * @param title the job title, as a vacancy would name it
 * @param city the city, or null for the whole market
 * @param experience the experience bucket, or null
 * @param employment hh.ru's employment id, or null
 * @param schedule hh.ru's schedule id, or null
 * @param skills skills the person has (they widen the comparables' words), possibly empty
 */
public record SalaryQuery(String title, String city, Experience experience, String employment, String schedule,
        List<String> skills) {

    public SalaryQuery {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** Only a title. */
    public static SalaryQuery of(String title) {
        return new SalaryQuery(title, null, null, null, null, List.of());
    }
}
