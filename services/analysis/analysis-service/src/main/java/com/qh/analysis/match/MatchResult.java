package com.qh.analysis.match;

import java.util.List;

/**
 * How well a candidate fits a vacancy, and why.
 *
 * @param score 0–100, the weighted mean of the parts that apply (see the service's README)
 * @param parts each part of the score, 0–100, {@code null} where the vacancy or the candidate says nothing of it
 * @param requirements one line per requirement of the vacancy, MUST before PLUS
 * @param missingSkills the skills the vacancy asks for that the candidate shows nowhere, MUST first
 * @param experienceBySkill years per skill, from the dates of the jobs that mention it (or a skill it implies)
 * @param recommendations what would raise the score most, first
 * @param taxonomyVersion the skills taxonomy the match used
 * @param graphVersion the skill graph the match used
 * @param unscored the sentences of the vacancy's requirements and duties in which the matcher read nothing it can
 *        weigh (no skill it knows, no years, education or language), in the vacancy's words: what a profession
 *        outside the skills taxonomy asks is shown to the candidate rather than silently left out of the score.
 *        Empty in matches kept before it was added.
 */
public record MatchResult(int score, ScoreParts parts, List<RequirementLine> requirements, List<String> missingSkills,
        List<SkillExperience> experienceBySkill, List<Recommendation> recommendations, String taxonomyVersion,
        String graphVersion, List<UnscoredRequirement> unscored) {

    public MatchResult {
        requirements = List.copyOf(requirements);
        missingSkills = List.copyOf(missingSkills);
        experienceBySkill = List.copyOf(experienceBySkill);
        recommendations = List.copyOf(recommendations);
        unscored = unscored == null ? List.of() : List.copyOf(unscored);
    }

    /**
     * A sentence of the vacancy's requirements or duties that the score does not weigh.
     *
     * @param text the sentence as the vacancy writes it
     * @param importance {@code PLUS} under a nice-to-have heading, in a sentence that calls it a plus, or a duty
     * @param duty whether it is one of the job's duties rather than something asked of the candidate
     */
    public record UnscoredRequirement(String text, Importance importance, boolean duty) {
    }

    /** Each part 0–100, or {@code null} when it does not apply and is left out of the score. */
    public record ScoreParts(Integer skills, Integer experience, Integer education, Integer languages,
            Integer location, Integer salary) {
    }

    /**
     * One requirement of the vacancy and how the candidate meets it.
     *
     * @param requirement the skill's name, or the vacancy's sentence for experience, education, languages and
     *        requirements that offer alternatives ("Selenium WebDriver or Playwright")
     * @param skills the taxonomy skills the requirement stands for; empty for education and experience
     * @param source the vacancy's sentence it was read from
     * @param evidence the profile lines that meet it; empty when {@code MISSING}
     */
    public record RequirementLine(String requirement, Kind kind, Importance importance, Status status,
            List<Evidence> evidence, List<String> skills, String source) {

        public RequirementLine {
            evidence = List.copyOf(evidence);
            skills = List.copyOf(skills);
        }
    }

    /** What a requirement is about. */
    public enum Kind {
        SKILL,
        EXPERIENCE,
        EDUCATION,
        LANGUAGE
    }

    /** Whether the vacancy requires it, or would welcome it. */
    public enum Importance {
        MUST,
        PLUS
    }

    /**
     * {@code MET}: shown directly or through what the skill graph says; {@code PARTIAL}: an adjacent substitute,
     * study or side projects only, a language one level short, half the years or more, a related education;
     * {@code MISSING}: nothing.
     */
    public enum Status {
        MET,
        PARTIAL,
        MISSING
    }

    /**
     * A line of the profile.
     *
     * @param section {@code work}, {@code skills}, {@code education}, {@code languages}, {@code projects},
     *        {@code certificates} or {@code summary}
     * @param entryId the entry's id, or {@code null} for the summary
     * @param text the line as the candidate wrote it
     */
    public record Evidence(String section, String entryId, String text) {
    }

    /** Years with a skill, and the jobs they come from. */
    public record SkillExperience(String skill, double years, List<String> entryIds) {

        public SkillExperience {
            entryIds = List.copyOf(entryIds);
        }
    }

    /**
     * Something to change in the profile.
     *
     * @param section the section to change
     * @param entryId the entry to change, or {@code null} for the section as a whole
     * @param gain the estimated rise of the score in points if it is done
     * @param en what to do, in English
     * @param ru what to do, in Russian
     */
    public record Recommendation(RecommendationKind kind, String section, String entryId, double gain, String en,
            String ru) {
    }

    /** The kinds of recommendation. */
    public enum RecommendationKind {
        /** List a skill the profile shows elsewhere. */
        ADD_SKILL,
        /** Put a number on an achievement of a relevant job. */
        QUANTIFY_ACHIEVEMENT,
        /** Say in which jobs a required skill was used, so its years count. */
        STATE_YEARS,
        /** Fill a section the vacancy asks about and the profile lacks. */
        FILL_SECTION,
        /** Learn what is truly missing, or deepen an adjacent skill into the one asked. */
        LEARN
    }
}
