package com.qh.analysis.match;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a <a href="https://jsonresume.org/schema">JSON Resume</a> into a {@link Candidate}: the format the profile
 * service imports and exports, and the one the labelled match set is written in.
 *
 * <p>Entries get positional ids ({@code work-0}, {@code skills-1}, {@code education-0}), the n-th entry of the
 * section as written. Dates may be {@code 2024}, {@code 2024-09} or {@code 2024-09-01}; a job without an
 * {@code endDate} is current. Location, work format and salary are not part of JSON Resume beyond the city.
 */
public final class JsonResumeCandidates {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonResumeCandidates() {
    }

    /**
     * The candidate a JSON Resume document describes.
     *
     * @throws IllegalArgumentException when the text is not JSON or not an object
     */
    public static Candidate parse(String json) {
        try {
            return of(MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not a JSON Resume document: " + e.getOriginalMessage(), e);
        }
    }

    /** The candidate a JSON Resume tree describes. */
    public static Candidate of(JsonNode resume) {
        if (resume == null || !resume.isObject()) {
            throw new IllegalArgumentException("A JSON Resume document is a JSON object");
        }
        JsonNode basics = resume.path("basics");
        List<Candidate.Job> work = new ArrayList<>();
        int i = 0;
        for (JsonNode job : resume.path("work")) {
            work.add(new Candidate.Job("work-" + i++, text(job, "name"), text(job, "position"),
                    month(text(job, "startDate")), month(text(job, "endDate")), text(job, "summary"),
                    strings(job.path("highlights"))));
        }
        // Volunteering is work without pay: its skills and dates count the same.
        i = 0;
        for (JsonNode job : resume.path("volunteer")) {
            work.add(new Candidate.Job("volunteer-" + i++, text(job, "organization"), text(job, "position"),
                    month(text(job, "startDate")), month(text(job, "endDate")), text(job, "summary"),
                    strings(job.path("highlights"))));
        }
        List<Candidate.SkillGroup> skills = new ArrayList<>();
        i = 0;
        for (JsonNode group : resume.path("skills")) {
            List<String> keywords = strings(group.path("keywords"));
            if (keywords.isEmpty() && text(group, "name") != null) {
                keywords = List.of(text(group, "name"));
            }
            skills.add(new Candidate.SkillGroup("skills-" + i++, text(group, "name"), keywords));
        }
        List<Candidate.Study> education = new ArrayList<>();
        i = 0;
        for (JsonNode study : resume.path("education")) {
            education.add(new Candidate.Study("education-" + i++, text(study, "institution"),
                    text(study, "studyType"), text(study, "area"), month(text(study, "startDate")),
                    month(text(study, "endDate")), strings(study.path("courses"))));
        }
        List<Candidate.Language> languages = new ArrayList<>();
        i = 0;
        for (JsonNode language : resume.path("languages")) {
            languages.add(new Candidate.Language("languages-" + i++, text(language, "language"),
                    text(language, "fluency")));
        }
        List<Candidate.Project> projects = new ArrayList<>();
        i = 0;
        for (JsonNode project : resume.path("projects")) {
            projects.add(new Candidate.Project("projects-" + i++, text(project, "name"),
                    text(project, "description"), strings(project.path("highlights"))));
        }
        List<Candidate.Certificate> certificates = new ArrayList<>();
        i = 0;
        for (JsonNode certificate : resume.path("certificates")) {
            certificates.add(new Candidate.Certificate("certificates-" + i++, text(certificate, "name"),
                    text(certificate, "issuer")));
        }
        return new Candidate(text(basics, "label"), text(basics, "summary"), work, skills, education, languages,
                projects, certificates, text(basics.path("location"), "city"), Set.of(), false, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isString() && !value.asString().isBlank()) {
                values.add(value.asString().strip());
            }
        }
        return values;
    }

    /** {@code 2024}, {@code 2024-09} or {@code 2024-09-01}; {@code null} for anything else. */
    static YearMonth month(String date) {
        if (date == null) {
            return null;
        }
        try {
            if (date.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(date), 1);
            }
            if (date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                return YearMonth.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
