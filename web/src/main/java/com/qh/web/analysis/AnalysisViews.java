package com.qh.web.analysis;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.match.MatchViews;
import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The analysis service's jobs ({@code JobView}) as the pages show them, in the page's language: a running job as its
 * steps and progress, a finished one as a report that leads with the score and then says what to do.
 */
public final class AnalysisViews {

    /** The steps each job type reports, in order ({@code ResumeReviewJob.STEPS}, {@code MatchJob}, {@code SalaryJob}). */
    private static final Map<String, List<String>> STEPS = Map.of(
            "RESUME_REVIEW", List.of("parse", "ats", "tone", "salary"),
            "MATCH", List.of("read", "match"),
            "SALARY", List.of("estimate"));
    private static final List<String> SEVERITIES = List.of("CRITICAL", "ERROR", "WARNING", "INFO");
    /** How many things "fix first" names: enough to start with, few enough to do today. */
    private static final int FIX_FIRST = 3;

    private AnalysisViews() {
    }

    /**
     * A job in the list.
     *
     * @param id its id
     * @param type {@code RESUME_REVIEW}, {@code MATCH} or {@code SALARY}
     * @param status {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
     * @param progress 0-100
     * @param created when it was asked for, formatted
     */
    public record Row(String id, String type, String status, int progress, String created) {

        public boolean running() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }
    }

    /**
     * One job, whole.
     *
     * @param id its id
     * @param type {@code RESUME_REVIEW}, {@code MATCH} or {@code SALARY}
     * @param status {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
     * @param progress 0-100
     * @param steps the job's steps with how far each is
     * @param created when it was asked for, formatted
     * @param finished when it ended, formatted, or empty
     * @param problem why a failed job failed, in the page's language, or null
     * @param vacancyId the vacancy matched against, or empty
     * @param documentId the document reviewed, or empty
     * @param match a done match's report, or null
     * @param review a done resume review's report, or null
     * @param salary a done salary job's estimate (or a review's salary section), or null
     */
    public record Job(String id, String type, String status, int progress, List<Step> steps, String created,
            String finished, String problem, String vacancyId, String documentId, Match match, Review review,
            Salary salary) {

        public boolean running() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }

        public boolean done() {
            return "DONE".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    /**
     * A step of a job.
     *
     * @param name {@code parse}, {@code ats}, ...
     * @param state {@code done}, {@code current} or {@code waiting}
     */
    public record Step(String name, String state) {
    }

    /**
     * A match of the profile (or a resume) against a vacancy.
     *
     * @param score 0-100
     * @param vacancyTitle the vacancy's title, or empty
     * @param parts the parts of the score that apply
     * @param met requirements met or half met, with the profile lines that show it
     * @param missingMust required and missing
     * @param missingPlus a plus and missing
     * @param fixFirst the recommendations that raise the score most
     * @param moreAdvice the rest of the recommendations
     */
    public record Match(int score, String vacancyTitle, List<Part> parts, List<Met> met, List<String> missingMust,
            List<String> missingPlus, List<Advice> fixFirst, List<Advice> moreAdvice,
            List<MatchViews.Unscored> unscored) {
    }

    /**
     * A part of the match score.
     *
     * @param name {@code skills}, {@code experience}, ...
     * @param value 0-100
     */
    public record Part(String name, int value) {
    }

    /**
     * A requirement the profile meets, fully or in part.
     *
     * @param requirement the skill or the vacancy's sentence
     * @param must whether the vacancy requires it (else a plus)
     * @param partial met only in part
     * @param evidence the profile lines that meet it, each with the section it is in
     */
    public record Met(String requirement, boolean must, boolean partial, List<Evidence> evidence) {
    }

    /**
     * A line of the profile.
     *
     * @param section {@code work}, {@code skills}, ...
     * @param text the line
     */
    public record Evidence(String section, String text) {
    }

    /**
     * Something to change.
     *
     * @param text what to do, in the page's language
     * @param gain points it would add, formatted, or empty
     * @param link where to do it (a page of this app), or null
     */
    public record Advice(String text, String gain, String link) {
    }

    /**
     * A resume review.
     *
     * @param fileName the file's name, or empty
     * @param atsScore the ATS score, or null when the check did not run
     * @param fixFirst what to fix first: the ATS findings that cost most, then the worst wording
     * @param parsed what was read from the file, or null when unavailable
     * @param parseUnavailable why the file was not read, or null
     * @param ats the ATS check, or null when unavailable
     * @param atsUnavailable why the ATS check did not run, or null
     * @param tone the tone check, or null when unavailable
     * @param toneUnavailable why the tone check did not run, or null
     */
    public record Review(String fileName, Integer atsScore, List<Advice> fixFirst, Parsed parsed,
            String parseUnavailable, Ats ats, String atsUnavailable, Tone tone, String toneUnavailable) {
    }

    /**
     * What the parser read.
     *
     * @param name the person's name, or empty
     * @param headline their title, or empty
     * @param jobs jobs found
     * @param skills skills found, the first few
     * @param moreSkills how many more were found
     * @param language {@code ru} or {@code en}, or empty
     * @param pages pages (0 when the format has none)
     */
    public record Parsed(String name, String headline, int jobs, List<String> skills, int moreSkills,
            String language, int pages) {
    }

    /**
     * The ATS check.
     *
     * @param score 0-100
     * @param findings worst first
     * @param pages pages of the file
     * @param words words read
     * @param sections the standard headings found
     */
    public record Ats(int score, List<AtsFinding> findings, int pages, int words, List<String> sections) {
    }

    /**
     * An ATS finding.
     *
     * @param severity {@code CRITICAL}, {@code ERROR}, {@code WARNING} or {@code INFO}
     * @param text in the page's language
     * @param penalty points it costs
     */
    public record AtsFinding(String severity, String text, int penalty) {
    }

    /**
     * The tone and wording check of the summary and bullets.
     *
     * @param findingCount all findings
     * @param counts findings per type, worst type first
     * @param worst the worst findings with a suggestion each
     * @param sentiment {@code POSITIVE}, {@code NEUTRAL} or {@code NEGATIVE}, or empty
     * @param confidence {@code LOW}, {@code MEDIUM} or {@code HIGH}, or empty
     * @param readability {@code EASY}, {@code STANDARD}, {@code HARD} or {@code VERY_HARD}, or empty
     */
    public record Tone(int findingCount, List<Count> counts, List<ToneFinding> worst, String sentiment,
            String confidence, String readability) {
    }

    /**
     * How many findings of a type.
     *
     * @param type {@code WEAK_VERB}, ...
     * @param count how many
     */
    public record Count(String type, int count) {
    }

    /**
     * A wording finding.
     *
     * @param type {@code WEAK_VERB}, ...
     * @param text the words found
     * @param suggestion what to write instead (in the resume's language)
     */
    public record ToneFinding(String type, String text, String suggestion) {
    }

    /**
     * A salary estimate, monthly, net, in roubles.
     *
     * @param available whether there are figures
     * @param reason why not, or null
     * @param title the title it is for, or empty
     * @param city the city, or empty
     * @param median formatted, or empty
     * @param p25 formatted, or empty
     * @param p75 formatted, or empty
     * @param p10 formatted, or empty
     * @param p90 formatted, or empty
     * @param sampleSize comparable vacancies
     * @param confidence {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code NONE}, or empty
     * @param explanation what it stands on, in the page's language
     */
    public record Salary(boolean available, String reason, String title, String city, String median, String p25,
            String p75, String p10, String p90, int sampleSize, String confidence, String explanation) {
    }

    static Row row(JsonNode job, Page page) {
        return new Row(job.path("id").asString(""), job.path("type").asString(""), job.path("status").asString(""),
                job.path("progress").asInt(0), page.dateTime(instant(job.path("createdAt"))));
    }

    static Job job(JsonNode job, Page page) {
        String type = job.path("type").asString("");
        String status = job.path("status").asString("");
        JsonNode result = job.path("result");
        boolean done = "DONE".equals(status);
        Match match = null;
        Review review = null;
        Salary salary = null;
        if (done && "MATCH".equals(type) && result.path("match").isObject()) {
            match = match(result, page);
        }
        if (done && "RESUME_REVIEW".equals(type)) {
            review = review(result, page);
            if (result.path("salary").isObject()) {
                salary = reviewSalary(result.path("salary"), page);
            }
        }
        if (done && "SALARY".equals(type) && result.isObject()) {
            salary = salary(result, "", "", page);
        }
        String problem = null;
        if ("FAILED".equals(status)) {
            JsonNode document = job.path("problem");
            String slug = slug(document.path("type").asString(""));
            problem = page.tOr("problem." + slug, document.path("detail").asString(page.t("analysis.failed.unknown")));
        }
        return new Job(job.path("id").asString(""), type, status, job.path("progress").asInt(0),
                steps(type, status, job.path("step").asString("")), page.dateTime(instant(job.path("createdAt"))),
                page.dateTime(instant(job.path("finishedAt"))), problem, job.path("vacancyId").asString(""),
                job.path("documentId").asString(""), match, review, salary);
    }

    static List<Step> steps(String type, String status, String current) {
        List<String> names = STEPS.getOrDefault(type, List.of());
        int at = names.indexOf(current);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String state;
            if ("DONE".equals(status)) {
                state = "done";
            }
            else if ("QUEUED".equals(status) && at < 0) {
                state = "waiting";
            }
            else if (i < at) {
                state = "done";
            }
            else if (i == at || (at < 0 && i == 0)) {
                state = "current";
            }
            else {
                state = "waiting";
            }
            steps.add(new Step(names.get(i), state));
        }
        return steps;
    }

    static Match match(JsonNode result, Page page) {
        JsonNode match = result.path("match");
        List<Part> parts = new ArrayList<>();
        for (String name : List.of("skills", "experience", "education", "languages", "location", "salary")) {
            JsonNode value = match.path("parts").path(name);
            if (value.isNumber()) {
                parts.add(new Part(name, value.asInt()));
            }
        }
        List<Met> met = new ArrayList<>();
        List<String> missingMust = new ArrayList<>();
        List<String> missingPlus = new ArrayList<>();
        for (JsonNode line : match.path("requirements")) {
            String requirement = line.path("requirement").asString("");
            boolean must = "MUST".equals(line.path("importance").asString(""));
            String lineStatus = line.path("status").asString("");
            if ("MISSING".equals(lineStatus)) {
                (must ? missingMust : missingPlus).add(requirement);
            }
            else {
                List<Evidence> evidence = new ArrayList<>();
                for (JsonNode shown : line.path("evidence")) {
                    evidence.add(new Evidence(shown.path("section").asString(""), shown.path("text").asString("")));
                }
                met.add(new Met(requirement, must, "PARTIAL".equals(lineStatus), evidence));
            }
        }
        List<Advice> advice = new ArrayList<>();
        for (JsonNode recommendation : match.path("recommendations")) {
            String text = localized(recommendation, page);
            if (!text.isBlank()) {
                double gain = recommendation.path("gain").asDouble(0);
                advice.add(new Advice(text, gain > 0 ? gain(gain, page) : "",
                        link(recommendation.path("section").asString(""), recommendation.path("entryId").asString(""))));
            }
        }
        List<Advice> first = advice.subList(0, Math.min(FIX_FIRST, advice.size()));
        List<Advice> more = advice.subList(first.size(), advice.size());
        return new Match(Math.clamp(match.path("score").asInt(0), 0, 100), result.path("vacancyTitle").asString(""),
                parts, met, missingMust, missingPlus, List.copyOf(first), List.copyOf(more), MatchViews.unscored(match));
    }

    static Review review(JsonNode result, Page page) {
        JsonNode parse = result.path("parse");
        Parsed parsed = null;
        String parseUnavailable = unavailable(parse, page);
        if (parseUnavailable == null && parse.isObject()) {
            List<String> skills = new ArrayList<>();
            parse.path("skills").forEach(skill -> skills.add(skill.path("name").asString("")));
            int shown = Math.min(skills.size(), 12);
            parsed = new Parsed(field(parse.path("name")), field(parse.path("headline")), parse.path("experience").size(),
                    List.copyOf(skills.subList(0, shown)), skills.size() - shown, parse.path("language").asString(""),
                    parse.path("pages").asInt(0));
        }
        JsonNode atsNode = result.path("ats");
        Ats ats = null;
        String atsUnavailable = unavailable(atsNode, page);
        if (atsUnavailable == null && atsNode.isObject()) {
            List<AtsFinding> findings = new ArrayList<>();
            for (JsonNode finding : atsNode.path("findings")) {
                findings.add(new AtsFinding(finding.path("severity").asString("INFO"), localized(finding, page),
                        finding.path("penalty").asInt(0)));
            }
            findings.sort(Comparator.comparingInt((AtsFinding finding) -> severity(finding.severity()))
                    .thenComparing(Comparator.comparingInt(AtsFinding::penalty).reversed()));
            JsonNode facts = atsNode.path("facts");
            List<String> sections = new ArrayList<>();
            facts.path("sections").forEach(section -> sections.add(section.asString("")));
            ats = new Ats(Math.clamp(atsNode.path("score").asInt(0), 0, 100), findings, facts.path("pages").asInt(0),
                    facts.path("words").asInt(0), sections);
        }
        JsonNode toneNode = result.path("tone");
        Tone tone = null;
        String toneUnavailable = unavailable(toneNode, page);
        if (toneUnavailable == null && toneNode.isObject()) {
            List<Count> counts = new ArrayList<>();
            toneNode.path("counts").properties().forEach(entry -> counts.add(new Count(entry.getKey(),
                    entry.getValue().asInt(0))));
            List<ToneFinding> worst = new ArrayList<>();
            for (JsonNode finding : toneNode.path("worst")) {
                worst.add(new ToneFinding(finding.path("type").asString(""), finding.path("text").asString(""),
                        finding.path("suggestion").asString("")));
            }
            tone = new Tone(toneNode.path("findingCount").asInt(worst.size()), counts, worst,
                    toneNode.path("sentiment").asString(""), toneNode.path("confidence").asString(""),
                    toneNode.path("readability").asString(""));
        }
        List<Advice> fixFirst = new ArrayList<>();
        if (ats != null) {
            ats.findings().stream().filter(finding -> finding.penalty() >= 5).limit(FIX_FIRST)
                    .forEach(finding -> fixFirst.add(new Advice(finding.text(),
                            gain(finding.penalty(), page), null)));
        }
        if (tone != null) {
            for (ToneFinding finding : tone.worst()) {
                if (fixFirst.size() >= FIX_FIRST) {
                    break;
                }
                String text = page.t("analysis.tone.fix", page.t("analysis.tone.type." + finding.type()),
                        finding.text());
                fixFirst.add(new Advice(finding.suggestion().isBlank() ? text : text + " " + finding.suggestion(),
                        "", null));
            }
        }
        return new Review(parse.path("fileName").asString(""), ats == null ? null : ats.score(), fixFirst, parsed,
                parseUnavailable, ats, atsUnavailable, tone, toneUnavailable);
    }

    /** A review's salary section: the estimate inside it, or why there is none. */
    static Salary reviewSalary(JsonNode section, Page page) {
        String reason = unavailable(section, page);
        String title = section.path("title").asString("");
        String city = section.path("city").asString("");
        if (section.path("estimate").isObject()) {
            Salary salary = salary(section.path("estimate"), title, city, page);
            if (reason == null || salary.available()) {
                return salary;
            }
        }
        return new Salary(false, reason == null ? page.t("analysis.unavailable") : reason, title, city, "", "", "",
                "", "", 0, "", "");
    }

    static Salary salary(JsonNode estimate, String title, String city, Page page) {
        String explanation = "ru".equals(page.lang()) ? estimate.path("explanationRu").asString("") : "";
        if (explanation.isBlank()) {
            explanation = estimate.path("explanation").asString("");
        }
        boolean available = estimate.path("median").isNumber();
        return new Salary(available, available ? null : explanation, title, city, money(estimate.path("median"), page),
                money(estimate.path("p25"), page), money(estimate.path("p75"), page), money(estimate.path("p10"), page),
                money(estimate.path("p90"), page), estimate.path("sampleSize").asInt(0),
                estimate.path("confidence").asString(""), available ? explanation : "");
    }

    /** Why a section of the result has nothing to show, in the page's language; null when it has. */
    static String unavailable(JsonNode section, Page page) {
        if (!section.isObject()) {
            return page.t("analysis.unavailable");
        }
        if (section.path("available").isBoolean() && !section.path("available").asBoolean()) {
            String code = section.path("code").asString("");
            String reason = section.path("reason").asString(page.t("analysis.unavailable"));
            return code.isEmpty() ? page.tOr("analysis.unavailable.reason", reason)
                    : page.tOr("analysis.unavailable." + code, reason);
        }
        return null;
    }

    /** A page of this app where a recommendation's section is edited. */
    static String link(String section, String entryId) {
        return switch (section) {
            case "work" -> entryId.isEmpty() ? "/profile#experience" : "/profile/experience/" + entryId + "/edit";
            case "summary", "basics", "personal" -> "/profile/personal";
            case "" -> null;
            default -> "/profile";
        };
    }

    private static String localized(JsonNode node, Page page) {
        String text = node.path(page.lang()).asString("");
        return text.isBlank() ? node.path("ru".equals(page.lang()) ? "en" : "ru").asString("") : text;
    }

    private static String field(JsonNode field) {
        return field.isObject() ? field.path("value").asString("") : field.asString("");
    }

    private static int severity(String severity) {
        int at = SEVERITIES.indexOf(severity);
        return at < 0 ? SEVERITIES.size() : at;
    }

    private static String gain(double gain, Page page) {
        return page.t("analysis.gain", page.decimal(BigDecimal.valueOf(gain)), gain);
    }

    private static String money(JsonNode value, Page page) {
        return value.isNumber() ? page.number(value.decimalValue()) + " ₽" : "";
    }

    static String slug(String type) {
        return type.isEmpty() ? "unknown" : type.substring(type.lastIndexOf('/') + 1);
    }
}
