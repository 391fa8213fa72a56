package com.qh.resume.source;

import java.util.List;
import java.util.UUID;

/**
 * A saved vacancy as tailoring reads it: the skills it asks for, as the vacancy service extracted them with
 * platform/skills.
 *
 * @param id the vacancy's id
 * @param title its title, the default target title
 * @param employer the employer, or null
 * @param description its text, or empty
 * @param requirements the skills asked for, in the vacancy's order
 */
public record TargetVacancy(UUID id, String title, String employer, String description,
        List<Requirement> requirements) {

    public TargetVacancy {
        requirements = List.copyOf(requirements);
    }

    /**
     * One skill asked for.
     *
     * @param skill its canonical name in the skills taxonomy
     * @param must true for a requirement, false for a plus
     */
    public record Requirement(String skill, boolean must) {
    }
}
