package com.qh.vacancy.normalising;

import java.time.Instant;
import java.util.List;

/**
 * A vacancy as read from a source, normalised, before it is stored. Anything a source does not say is
 * {@code null}; {@code keySkills} are skills the source lists apart from the text (hh.ru's key skills,
 * JSON-LD's {@code skills}).
 *
 * @param source {@code manual}, {@code text}, {@code hh}, {@code json-ld} or {@code html}
 * @param sourceKey what identifies the source for re-imports ({@code hh:123} or a canonical URL), or {@code null}
 */
public record VacancyDraft(String source, String sourceKey, String sourceUrl, String title, String company,
        Salary salary, Location location, Employment employment, Schedule schedule, WorkFormat workFormat,
        YearsRange experience, Description description, List<String> keySkills, Instant publishedAt) {

    public VacancyDraft {
        location = location == null ? Location.UNKNOWN : location;
        keySkills = keySkills == null ? List.of() : List.copyOf(keySkills);
    }
}
