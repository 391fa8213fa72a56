package com.qh.skills.mining;

import java.util.List;
import java.util.Map;

/**
 * Something the market names as a skill that the taxonomy does not know, with the evidence for it.
 *
 * @param key what the candidate is to the matcher: its words as compared (lower case, stemmed, without a version),
 *        the same on every run over the same market, so a review queue can recognise a candidate it has seen
 * @param name the key skill as employers most often write it
 * @param kind a new skill, or a spelling of a skill the taxonomy has
 * @param existingSkill for {@link Kind#ALIAS}, the canonical name it would become a spelling of; otherwise null
 * @param vacancies how many vacancies list it as a key skill
 * @param namedInDescriptions how many of those name it in their description too (a skill employers write out is
 *        one the extractor should find in text)
 * @param spellings how employers write it, as key skills and in descriptions, with counts
 * @param titles the vacancy titles it comes with, most frequent first, with counts
 * @param listedWith the known skills most often listed beside it, with counts: where it belongs
 * @param professions the professions of the vacancies listing it, most frequent first, with counts
 * @param examples ids of vacancies that list it (those that name it in the description first), a few
 */
public record SkillCandidate(String key, String name, Kind kind, String existingSkill, int vacancies,
        int namedInDescriptions, Map<String, Integer> spellings, Map<String, Integer> titles,
        Map<String, Integer> listedWith, Map<String, Integer> professions, List<String> examples) {

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
        professions = ordered(professions);
        examples = List.copyOf(examples);
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
