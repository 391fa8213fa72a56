package com.qh.web.match;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The analysis service's {@code MatchView} as the match page shows it, in the page's language. */
public final class MatchViews {

    private static final List<String> PARTS = List.of("skills", "experience", "education", "languages", "location",
            "salary");

    private MatchViews() {
    }

    /**
     * A match, whole.
     *
     * @param vacancyId the vacancy matched against
     * @param vacancyTitle its title, or empty
     * @param created when it was matched, formatted
     * @param score 0-100
     * @param parts the parts of the score that apply
     * @param must the lines the vacancy requires
     * @param plus the lines that are a plus
     * @param missing the skills the profile shows nowhere, required first
     * @param advice the recommendations, the one that raises the score most first
     * @param unscored the vacancy's requirement sentences the score could not weigh, in its own words
     */
    public record Match(String vacancyId, String vacancyTitle, String created, int score, List<Part> parts,
            List<Line> must, List<Line> plus, List<Missing> missing, List<Advice> advice, List<Unscored> unscored) {

        /** How many required lines are met, fully or in part. */
        public long mustMet() {
            return must.stream().filter(line -> !line.missing()).count();
        }

        /** How many "a plus" lines are met, fully or in part. */
        public long plusMet() {
            return plus.stream().filter(line -> !line.missing()).count();
        }
    }

    /**
     * A part of the score.
     *
     * @param name {@code skills}, {@code experience}, ...
     * @param value 0-100
     */
    public record Part(String name, int value) {
    }

    /**
     * A requirement of the vacancy and what in the profile meets it.
     *
     * @param requirement the skill or what is asked
     * @param kind {@code SKILL}, {@code EXPERIENCE}, {@code EDUCATION} or {@code LANGUAGE}
     * @param status {@code MET}, {@code PARTIAL} or {@code MISSING}
     * @param source the vacancy's sentence it was read from, when it says more than the requirement; or empty
     * @param evidence the profile lines that meet it
     */
    public record Line(String requirement, String kind, String status, String source, List<Evidence> evidence) {

        public boolean missing() {
            return "MISSING".equals(status);
        }

        public boolean partial() {
            return "PARTIAL".equals(status);
        }
    }

    /**
     * A line of the profile that meets a requirement.
     *
     * @param section {@code work}, {@code skills}, ...
     * @param text the line
     * @param link where it is edited, or null
     */
    public record Evidence(String section, String text, String link) {
    }

    /**
     * A skill the profile shows nowhere.
     *
     * @param name the skill, as the vacancy's taxonomy names it
     * @param must whether the vacancy requires it
     */
    public record Missing(String name, boolean must) {
    }

    /**
     * A sentence of the vacancy's requirements or duties that the score does not weigh: nothing in it is a skill,
     * years, an education or a language the matcher knows, so the candidate checks it by hand.
     *
     * @param text the sentence as the vacancy writes it
     * @param must required, rather than a plus or a duty
     * @param duty one of the job's duties rather than something asked of the candidate
     */
    public record Unscored(String text, boolean must, boolean duty) {

        /** The message key of its badge: required, a plus or a duty. */
        public String badge() {
            return duty ? "match.unscored.duty" : must ? "analysis.must" : "analysis.plus";
        }
    }

    /**
     * A recommendation.
     *
     * @param text in the page's language
     * @param gain points it would add, formatted, or empty
     * @param link the profile field it concerns
     * @param where what that field is called, in the page's language
     */
    public record Advice(String text, String gain, String link, String where) {
    }

    static Match match(JsonNode answer, Page page) {
        List<Part> parts = new ArrayList<>();
        for (String name : PARTS) {
            JsonNode value = answer.path("parts").path(name);
            if (value.isNumber()) {
                parts.add(new Part(name, Math.clamp(value.asInt(), 0, 100)));
            }
        }
        List<Line> must = new ArrayList<>();
        List<Line> plus = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (JsonNode line : answer.path("requirements")) {
            String requirement = line.path("requirement").asString("");
            boolean required = "MUST".equals(line.path("importance").asString(""));
            String status = line.path("status").asString("MISSING");
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode shown : line.path("evidence")) {
                String section = shown.path("section").asString("");
                evidence.add(new Evidence(section, shown.path("text").asString(""),
                        evidenceLink(section, shown.path("entryId").asString(""))));
            }
            String source = line.path("source").asString("");
            (required ? must : plus).add(new Line(requirement, line.path("kind").asString("SKILL"), status,
                    source.equalsIgnoreCase(requirement) ? "" : source, evidence));
            if ("MISSING".equals(status) && "SKILL".equals(line.path("kind").asString(""))) {
                List<String> skills = new ArrayList<>();
                line.path("skills").forEach(skill -> skills.add(skill.asString("")));
                if (skills.isEmpty()) {
                    skills.add(requirement);
                }
                for (String skill : skills) {
                    if (!skill.isBlank() && missing.stream().noneMatch(known -> known.name().equalsIgnoreCase(skill))) {
                        missing.add(new Missing(skill, required));
                    }
                }
            }
        }
        // The requirement lines name the skills behind each; the answer's own list catches any they do not.
        for (JsonNode skill : answer.path("missingSkills")) {
            String name = skill.asString("");
            if (!name.isBlank() && missing.stream().noneMatch(known -> known.name().equalsIgnoreCase(name))) {
                missing.add(new Missing(name, false));
            }
        }
        missing.sort((a, b) -> Boolean.compare(b.must(), a.must()));
        List<Advice> advice = new ArrayList<>();
        for (JsonNode recommendation : answer.path("recommendations")) {
            String text = localized(recommendation, page);
            if (text.isBlank()) {
                continue;
            }
            double gain = recommendation.path("gain").asDouble(0);
            String section = recommendation.path("section").asString("");
            String kind = recommendation.path("kind").asString("");
            advice.add(new Advice(text, gain > 0 ? page.t("analysis.gain", page.decimal(BigDecimal.valueOf(gain)),
                    gain) : "", adviceLink(kind, section, recommendation.path("entryId").asString("")),
                    page.tOr("match.where." + where(kind, section), page.t("match.where.profile"))));
        }
        return new Match(answer.path("vacancyId").asString(""), answer.path("vacancyTitle").asString(""),
                page.dateTime(instant(answer.path("createdAt"))), Math.clamp(answer.path("score").asInt(0), 0, 100),
                parts, must, plus, missing, advice, unscored(answer));
    }

    /**
     * The sentences a match (the analysis service's {@code MatchResult}, on this page or in a finished {@code MATCH}
     * job) could not weigh; none in a match kept before it said.
     */
    public static List<Unscored> unscored(JsonNode match) {
        List<Unscored> unscored = new ArrayList<>();
        for (JsonNode sentence : match.path("unscored")) {
            String text = sentence.path("text").asString("");
            if (!text.isBlank()) {
                unscored.add(new Unscored(text, !"PLUS".equals(sentence.path("importance").asString("")),
                        sentence.path("duty").asBoolean(false)));
            }
        }
        return unscored;
    }

    /**
     * The field of the profile editor a recommendation is about: a job's achievements or description, the personal
     * section's fields, or the missing skills on this page (the skills have no editor of their own yet, and the
     * buttons there add them).
     */
    static String adviceLink(String kind, String section, String entryId) {
        return switch (section) {
            case "work" -> {
                if (entryId.isEmpty()) {
                    yield "FILL_SECTION".equals(kind) ? "/profile/experience/new" : "/profile#experience";
                }
                yield "/profile/experience/" + entryId + "/edit"
                        + ("QUANTIFY_ACHIEVEMENT".equals(kind) ? "#f-highlights" : "#f-description");
            }
            case "skills" -> "#missing-skills";
            case "summary", "basics", "personal" -> "/profile/personal#f-headline";
            case "location" -> "/profile/personal#f-location-city";
            case "salary" -> "/profile/personal#f-desiredSalary-amount";
            default -> "/profile#score";
        };
    }

    private static String where(String kind, String section) {
        if ("work".equals(section)) {
            return "QUANTIFY_ACHIEVEMENT".equals(kind) ? "work.highlights" : "work";
        }
        return section;
    }

    /** Where a line of evidence is edited: a job's own editor, the personal section, or nowhere yet. */
    static String evidenceLink(String section, String entryId) {
        return switch (section) {
            case "work" -> entryId.isEmpty() ? "/profile#experience" : "/profile/experience/" + entryId + "/edit";
            case "summary", "basics", "personal" -> "/profile/personal";
            default -> null;
        };
    }

    private static String localized(JsonNode node, Page page) {
        String text = node.path(page.lang()).asString("");
        return text.isBlank() ? node.path("ru".equals(page.lang()) ? "en" : "ru").asString("") : text;
    }
}
