package com.qh.skills.requirements;

import com.qh.skills.SkillMention;
import java.util.List;

/**
 * One sentence of a vacancy as the extractor read it.
 *
 * @param text the sentence as written
 * @param part the part of the vacancy it sits in
 * @param importance {@link Importance#NICE} under a nice-to-have heading or in a sentence that calls something a
 *        plus, {@link Importance#MUST} otherwise
 * @param skills the skills it asks for, with where they stand in {@code text}; empty in an introduction of a text
 *        that has sections, and without broad skills the sentence only mentions
 */
public record VacancySentence(String text, VacancyPart part, Importance importance, List<SkillMention> skills) {

    public VacancySentence {
        skills = List.copyOf(skills);
    }
}
