package com.qh.letter.source;

import java.util.List;
import java.util.UUID;

/**
 * A saved vacancy as the letter needs it.
 *
 * @param id the vacancy's id
 * @param title the role, or null
 * @param employer the company, or null
 * @param description the text as the user saved it (Markdown, one paragraph per line), or empty
 * @param requirements the skills it asks for, as the vacancy service read them, required ones first
 */
public record VacancyFacts(UUID id, String title, String employer, String description,
        List<Requirement> requirements) {

    public VacancyFacts {
        description = description == null ? "" : description;
        requirements = List.copyOf(requirements);
    }

    /** Whether the vacancy has text to answer: a description, or at least the skills it asks for. */
    public boolean hasText() {
        return !description.isBlank();
    }

    /**
     * A skill the vacancy asks for.
     *
     * @param name the canonical name in the skills taxonomy
     * @param must required, not a plus
     * @param evidence the sentence it was read from, or empty
     */
    public record Requirement(String name, boolean must, String evidence) {
    }
}
