package com.qh.skills.mining;

import java.util.List;

/**
 * A vacancy as the market shows it, for mining: what it is called, its description as plain text, the key skills its
 * employer chose (hh.ru's {@code key_skills}) and the professions it is filed under (hh.ru's
 * {@code professional_roles}).
 *
 * @param id how the caller knows the vacancy ({@code hh:123456}), shown as an example of a candidate; may be null
 * @param title the vacancy's title
 * @param description its description, plain text
 * @param keySkills the key skills as the employer wrote them
 * @param professions the professions the source files it under ({@code Программист, разработчик}); may be empty
 */
public record MarketVacancy(String id, String title, String description, List<String> keySkills,
        List<String> professions) {

    /** A vacancy without an id of its own or professions. */
    public MarketVacancy(String title, String description, List<String> keySkills) {
        this(null, title, description, keySkills, List.of());
    }

    /** A vacancy without professions. */
    public MarketVacancy(String id, String title, String description, List<String> keySkills) {
        this(id, title, description, keySkills, List.of());
    }

    public MarketVacancy {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        keySkills = keySkills == null ? List.of() : List.copyOf(keySkills);
        professions = professions == null ? List.of() : List.copyOf(professions);
    }
}
