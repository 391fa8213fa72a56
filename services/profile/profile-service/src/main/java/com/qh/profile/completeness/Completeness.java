package com.qh.profile.completeness;

import com.qh.profile.model.Language;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Sections.Experience;
import com.qh.profile.model.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Judges a profile the way a recruiter and an applicant tracking system would: each check has a weight, the score
 * is the weight of the checks passed out of all of them, and every failed check becomes a finding that says what
 * to do. Plain rules, no I/O.
 */
final class Completeness {

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final int SHORT_SUMMARY = 150;
    private static final int ENOUGH_SKILLS = 5;

    private Completeness() {
    }

    static Report of(Profile profile) {
        Checks checks = new Checks();
        Personal personal = profile.personal();
        checks.require(Text.isPresent(personal.firstName()) && Text.isPresent(personal.lastName()), 10, "personal",
                null, "name", "Add your first and last name.");
        checks.require(personal.contacts() != null && present(personal.contacts().email()), 8, "personal", null,
                "contacts.email", "Add an e-mail address employers can write to.");
        checks.require(personal.contacts() != null && present(personal.contacts().phone()), 4, "personal", null,
                "contacts.phone", "Add a phone number.");
        checks.require(Text.isPresent(personal.headline()), 5, "personal", null, "headline",
                "Add a headline: one line saying what you do, e.g. \"Backend developer, Java\".");
        checks.require(personal.location() != null && Text.isPresent(personal.location().city()), 4, "personal",
                null, "location.city", "Add the city you live in; most vacancies are filtered by it.");
        checks.require(Text.isPresent(personal.desiredPosition()), 4, "personal", null, "desiredPosition",
                "Say which position you are looking for.");
        checks.require(personal.desiredSalary() != null && personal.desiredSalary().amount() != null, 2, "personal",
                null, "desiredSalary", "Add the salary you expect; it lets QH compare it with the market.");
        checks.require(!personal.links().isEmpty(), 2, "personal", null, "links",
                "Link a profile elsewhere (GitHub, LinkedIn, hh.ru, a portfolio).");

        checks.require(Text.isPresent(profile.summary()), 10, "summary", null, "summary",
                "Write a summary: three or four sentences on who you are and what you are good at.");
        if (Text.isPresent(profile.summary()) && profile.summary().length() < SHORT_SUMMARY) {
            checks.weak(3, "summary", null, "summary",
                    "Your summary is short; say what you specialise in and one result you are proud of.");
        }
        if (Text.isPresent(profile.summary()) && !profile.summary().has(profile.primaryLanguage())) {
            checks.weak(2, "summary", null, "summary." + profile.primaryLanguage().code(),
                    "Write the summary in your primary language too.");
        }

        checks.require(!profile.experience().isEmpty(), 15, "experience", null, null,
                "Add your work experience, most recent first.");
        for (Experience job : profile.experience()) {
            checks.require(!job.highlights().isEmpty(), 3, "experience", job.id(), "highlights",
                    "Add achievements to \"" + label(job) + "\": what changed because of your work.");
            if (!job.highlights().isEmpty() && job.highlights().stream()
                    .noneMatch(highlight -> NUMBER.matcher(String.valueOf(highlight.in(profile.primaryLanguage())))
                            .find())) {
                checks.weak(1, "experience", job.id(), "highlights",
                        "Quantify an achievement of \"" + label(job) + "\" (%, time, money, users).");
            }
            checks.require(Text.isPresent(job.description()), 1, "experience", job.id(), "description",
                    "Describe your role at \"" + label(job) + "\" in a sentence or two.");
        }
        checks.require(!profile.education().isEmpty(), 8, "education", null, null, "Add your education.");
        checks.require(profile.skills().size() >= ENOUGH_SKILLS, 10, "skills", null, null,
                "List at least " + ENOUGH_SKILLS + " skills; vacancies are matched against them.");
        checks.require(!profile.languages().isEmpty(), 5, "languages", null, null,
                "Add the languages you speak, with a CEFR level.");
        profile.languages().stream().filter(language -> language.cefr() == null).forEach(language ->
                checks.weak(1, "languages", language.id(), "cefr",
                        "Give a CEFR level (A1–C2 or native) for " + language.language() + "."));
        checks.optional(!profile.certificates().isEmpty() || !profile.projects().isEmpty(), "projects",
                "Projects or certificates make your skills credible; add one if you have it.");
        return checks.report();
    }

    private static String label(Experience job) {
        String position = job.position() == null ? null : job.position().in(Language.EN);
        String employer = job.employer() == null ? null : job.employer().in(Language.EN);
        return (position == null ? "" : position) + (employer == null ? "" : " at " + employer);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Collects checks and their weights. */
    private static final class Checks {

        private final List<Finding> findings = new ArrayList<>();
        private int total;
        private int passed;

        void require(boolean ok, int weight, String section, UUID itemId, String field, String advice) {
            total += weight;
            if (ok) {
                passed += weight;
            }
            else {
                findings.add(new Finding(section, itemId, field, Finding.Severity.MISSING, advice));
            }
        }

        void weak(int weight, String section, UUID itemId, String field, String advice) {
            total += weight;
            findings.add(new Finding(section, itemId, field, Finding.Severity.WEAK, advice));
        }

        void optional(boolean ok, String section, String advice) {
            if (!ok) {
                findings.add(new Finding(section, null, null, Finding.Severity.SUGGESTION, advice));
            }
        }

        Report report() {
            int score = total == 0 ? 100 : Math.round(100f * passed / total);
            return new Report(score, List.copyOf(findings));
        }
    }

    /**
     * How complete a profile is.
     *
     * @param score 0–100: the share of weighted checks passed
     * @param findings what is missing or weak, most important first within each section
     */
    @Schema(description = "How complete a profile is, and what to do about it")
    record Report(@Schema(example = "72") int score, List<Finding> findings) {
    }

    /**
     * One thing to improve.
     *
     * @param section {@code personal}, {@code summary} or a list section
     * @param itemId the entry it is about, if any
     * @param field the field, if any ({@code contacts.phone}, {@code highlights})
     * @param severity missing (counts against the score), weak (counts too) or a suggestion (does not)
     * @param advice what to do, in a sentence
     */
    record Finding(String section, UUID itemId, String field, Severity severity, String advice) {

        /** How much it matters. */
        enum Severity { MISSING, WEAK, SUGGESTION }
    }
}
