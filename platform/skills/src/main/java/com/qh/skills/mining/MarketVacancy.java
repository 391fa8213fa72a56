package com.qh.skills.mining;

import java.util.List;

/**
 * A vacancy as the market shows it, for mining: what it is called, its description as plain text, and the key
 * skills its employer chose (hh.ru's {@code key_skills}).
 *
 * @param id how the caller knows the vacancy ({@code hh:123456}), shown as an example of a candidate; may be null
 * @param title the vacancy's title
 * @param description its description, plain text
 * @param keySkills the key skills as the employer wrote them
 */
public record MarketVacancy(String id, String title, String description, List<String> keySkills) {

    /** A vacancy without an id of its own. */
    public MarketVacancy(String title, String description, List<String> keySkills) {
        this(null, title, description, keySkills);
    }

    public MarketVacancy {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        keySkills = keySkills == null ? List.of() : List.copyOf(keySkills);
    }
}
