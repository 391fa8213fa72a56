package com.qh.skills.requirements;

import java.util.List;

/**
 * What a vacancy asks of a candidate, as read from its text.
 *
 * @param skills each skill once, required ones first, in the order the text names them
 * @param experience years of experience, or {@code null} when the text names none
 * @param education the education asked for, or {@code null}
 * @param languages spoken languages
 * @param responsibilities what the job involves, one line each, from the text's responsibilities section
 * @param taxonomyVersion the version of the skills taxonomy the skills come from
 */
public record Requirements(List<RequiredSkill> skills, Experience experience, Education education,
        List<LanguageRequirement> languages, List<String> responsibilities, String taxonomyVersion) {

    public Requirements {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        responsibilities = List.copyOf(responsibilities);
    }
}
