package com.qh.skills.mining;

import java.util.List;
import java.util.Map;

/**
 * Something the market names as a skill that the taxonomy does not know, with the evidence for it.
 *
 * @param name the key skill as employers most often write it
 * @param kind a new skill, or a spelling of a skill the taxonomy has
 * @param existingSkill for {@link Kind#ALIAS}, the canonical name it would become a spelling of; otherwise null
 * @param vacancies how many vacancies list it as a key skill
 * @param namedInDescriptions how many of those name it in their description too (a skill employers write out is
 *        one the extractor should find in text)
 * @param spellings how employers write it, as key skills and in descriptions, with counts
 * @param titles the vacancy titles it comes with, most frequent first, with counts
 * @param listedWith the known skills most often listed beside it, with counts: where it belongs
 */
public record SkillCandidate(String name, Kind kind, String existingSkill, int vacancies, int namedInDescriptions,
        Map<String, Integer> spellings, Map<String, Integer> titles, Map<String, Integer> listedWith) {

    /** What the candidate would be in the taxonomy. */
    public enum Kind {
        /** A skill the taxonomy lacks. */
        NEW_SKILL,
        /** Another way of writing a skill the taxonomy has. */
        ALIAS
    }

    public SkillCandidate {
        spellings = ordered(spellings);
        titles = ordered(titles);
        listedWith = ordered(listedWith);
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /**
     * What accepting the candidate writes into a category file: {@code Name | spelling; spelling} for a new skill;
     * for an alias, the skill's name and the spellings to append to its line ({@code Oracle Database | ORACLE}).
     */
    public String taxonomyLine() {
        String head = kind == Kind.ALIAS ? existingSkill : name;
        List<String> others = spellings.keySet().stream().filter(spelling -> !spelling.equalsIgnoreCase(head))
                .toList();
        return others.isEmpty() ? head : head + " | " + String.join("; ", others);
    }
}
