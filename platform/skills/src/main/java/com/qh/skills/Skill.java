package com.qh.skills;

import java.util.List;

/**
 * A skill of the taxonomy.
 *
 * @param name its canonical name ({@code PostgreSQL}, {@code 1С:Бухгалтерия}, {@code Communication})
 * @param category the group it belongs to, such as {@code data} or {@code soft-skills}
 * @param aliases other ways it is written, in Russian and English ({@code Postgres}, {@code постгрес})
 * @param broad a field or a domain rather than a specific skill ({@code Logistics}, {@code Marketing}): a text
 *        that names it often describes the business, not what it asks of a candidate; marked {@code ~} in the files
 */
public record Skill(String name, String category, List<String> aliases, boolean broad) {

    public Skill {
        aliases = List.copyOf(aliases);
    }

    public Skill(String name, String category, List<String> aliases) {
        this(name, category, aliases, false);
    }
}
