package com.qh.vacancy.learning;

import com.qh.skills.mining.SkillCandidate;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored candidate: what the miner proposed, its evidence, and the decision on it.
 *
 * @param key the miner's key, the same on every run
 * @param name the key skill as employers most often write it
 * @param kind a new skill, or a spelling of {@code existingSkill}
 * @param existingSkill for an alias, the skill it spells
 * @param vacancies market vacancies that list it
 * @param namedInDescriptions how many of those also name it in the description
 * @param evidence the spellings, titles, neighbouring skills and example vacancies
 * @param status where it is in review
 * @param decision what was decided, once it was
 * @param releaseVersion the taxonomy release it went into, when accepted or merged
 */
record Candidate(UUID id, String key, String name, SkillCandidate.Kind kind, String existingSkill, int vacancies,
        int namedInDescriptions, Evidence evidence, CandidateStatus status, Instant firstSeenAt, Instant minedAt,
        Instant decidedAt, UUID decidedBy, Decision decision, String releaseVersion) {

    /**
     * The miner's evidence for a candidate.
     *
     * @param spellings how employers write it, as key skills and in descriptions, with counts
     * @param titles the vacancy titles it comes with, with counts
     * @param listedWith the known skills listed beside it, with counts
     * @param professions the professions of the vacancies listing it, with counts
     * @param examples vacancies that list it, as {@code source:id}
     * @param category the category proposed for it: the one most of the skills beside it belong to
     */
    record Evidence(Map<String, Integer> spellings, Map<String, Integer> titles, Map<String, Integer> listedWith,
            Map<String, Integer> professions, List<String> examples, String category) {

        /** Counts the most frequent first, as the miner gave them: {@code jsonb} keeps no order of its own. */
        Evidence {
            spellings = byCount(spellings);
            titles = byCount(titles);
            listedWith = byCount(listedWith);
            professions = byCount(professions);
            examples = examples == null ? List.of() : List.copyOf(examples);
        }

        private static Map<String, Integer> byCount(Map<String, Integer> counts) {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            if (counts != null) {
                counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            }
            return Collections.unmodifiableMap(ordered);
        }
    }

    /**
     * A decision on a candidate.
     *
     * @param action {@code accept}, {@code merge} or {@code reject}
     * @param skill the skill it named or joined; null when rejected
     * @param category the new skill's category, or the category of the skill joined
     * @param aliases the spellings added
     * @param newSkill whether a skill was added to the taxonomy
     * @param note the administrator's note, if any
     */
    record Decision(String action, String skill, String category, List<String> aliases, boolean newSkill,
            String note) {
    }
}
