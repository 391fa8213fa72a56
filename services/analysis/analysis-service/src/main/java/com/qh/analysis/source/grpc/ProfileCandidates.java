package com.qh.analysis.source.grpc;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.Salary;
import com.qh.analysis.match.WorkFormat;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the profile service's profile (the body of {@code GET /api/v1/profile}, as {@code ProfileSnapshots.Get}
 * answers it) into a {@link Candidate}. Bilingual texts ({@code {"ru": ..., "en": ...}}) are read in the profile's
 * primary language, else the other one. Entry ids are the profile's own entry ids, so evidence and recommendations
 * point at entries the user can open. Volunteering counts as work, as in {@code JsonResumeCandidates}; a skill's
 * name is itself one of its group's keywords; a project's keywords are added to it as one more highlight.
 */
final class ProfileCandidates {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProfileCandidates() {
    }

    /** @throws IllegalStateException when the profile service answered something that is not a profile */
    static Candidate parse(String profileJson) {
        JsonNode profile;
        try {
            profile = MAPPER.readTree(profileJson);
        }
        catch (JacksonException e) {
            throw new IllegalStateException("The profile service answered a profile that is not JSON", e);
        }
        if (profile == null || !profile.isObject()) {
            throw new IllegalStateException("The profile service answered a profile that is not a JSON object");
        }
        boolean russian = "ru".equalsIgnoreCase(profile.path("primaryLanguage").asString(""));
        Texts texts = new Texts(russian);
        JsonNode personal = profile.path("personal");
        List<Candidate.Job> work = new ArrayList<>();
        for (JsonNode job : profile.path("experience")) {
            work.add(new Candidate.Job(id(job), texts.of(job.path("employer")), texts.of(job.path("position")),
                    month(job.path("startDate")), job.path("current").asBoolean(false) ? null
                            : month(job.path("endDate")),
                    texts.of(job.path("description")), texts.all(job.path("highlights"))));
        }
        for (JsonNode job : profile.path("volunteering")) {
            work.add(new Candidate.Job(id(job), texts.of(job.path("organization")), texts.of(job.path("position")),
                    month(job.path("startDate")), month(job.path("endDate")), texts.of(job.path("summary")),
                    texts.all(job.path("highlights"))));
        }
        List<Candidate.SkillGroup> skills = new ArrayList<>();
        for (JsonNode skill : profile.path("skills")) {
            List<String> keywords = new ArrayList<>();
            String name = plain(skill.path("name"));
            if (name != null) {
                keywords.add(name);
            }
            keywords.addAll(plains(skill.path("keywords")));
            skills.add(new Candidate.SkillGroup(id(skill), name, keywords));
        }
        List<Candidate.Study> education = new ArrayList<>();
        for (JsonNode study : profile.path("education")) {
            education.add(new Candidate.Study(id(study), texts.of(study.path("institution")),
                    texts.of(study.path("studyType")), texts.of(study.path("area")), month(study.path("startDate")),
                    month(study.path("endDate")), texts.all(study.path("courses"))));
        }
        List<Candidate.Language> languages = new ArrayList<>();
        for (JsonNode language : profile.path("languages")) {
            String level = String.join(" ", plains(List.of(language.path("cefr"), language.path("fluency"))));
            languages.add(new Candidate.Language(id(language), plain(language.path("language")),
                    level.isEmpty() ? null : level));
        }
        List<Candidate.Project> projects = new ArrayList<>();
        for (JsonNode project : profile.path("projects")) {
            List<String> highlights = new ArrayList<>(texts.all(project.path("highlights")));
            List<String> keywords = plains(project.path("keywords"));
            if (!keywords.isEmpty()) {
                highlights.add(String.join(", ", keywords));
            }
            projects.add(new Candidate.Project(id(project), texts.of(project.path("name")),
                    texts.of(project.path("description")), highlights));
        }
        List<Candidate.Certificate> certificates = new ArrayList<>();
        for (JsonNode certificate : profile.path("certificates")) {
            certificates.add(new Candidate.Certificate(id(certificate), texts.of(certificate.path("name")),
                    texts.of(certificate.path("issuer"))));
        }
        JsonNode location = personal.path("location");
        String headline = texts.of(personal.path("headline"));
        return new Candidate(headline != null ? headline : texts.of(personal.path("desiredPosition")),
                texts.of(profile.path("summary")), work, skills, education, languages, projects, certificates,
                texts.of(location.path("city")), workFormats(plain(location.path("workFormat"))),
                location.path("relocation").asBoolean(false), salary(personal.path("desiredSalary")));
    }

    private static Set<WorkFormat> workFormats(String stored) {
        if (stored == null) {
            return Set.of();
        }
        return switch (stored) {
            case "ON_SITE" -> Set.of(WorkFormat.ONSITE);
            case "HYBRID" -> Set.of(WorkFormat.HYBRID);
            case "REMOTE" -> Set.of(WorkFormat.REMOTE);
            case "ANY" -> EnumSet.allOf(WorkFormat.class);
            default -> Set.of();
        };
    }

    private static Salary salary(JsonNode desired) {
        if (!desired.path("amount").isNumber()) {
            return null;
        }
        return new Salary(desired.path("amount").decimalValue().longValue(), null, plain(desired.path("currency")));
    }

    private static String id(JsonNode entry) {
        return plain(entry.path("id"));
    }

    /** {@code 2024}, {@code 2024-09} or {@code 2024-09-01} as the profile stores partial dates; else {@code null}. */
    static YearMonth month(JsonNode date) {
        String value = plain(date);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(value), 1);
            }
            if (value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                return YearMonth.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)));
            }
        }
        catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String plain(JsonNode value) {
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static List<String> plains(Iterable<JsonNode> values) {
        List<String> found = new ArrayList<>();
        for (JsonNode value : values) {
            String text = plain(value);
            if (text != null) {
                found.add(text);
            }
        }
        return found;
    }

    /** Bilingual texts read in one language first. */
    private record Texts(boolean russianFirst) {

        String of(JsonNode text) {
            String ru = plain(text.path("ru"));
            String en = plain(text.path("en"));
            return russianFirst ? (ru != null ? ru : en) : (en != null ? en : ru);
        }

        List<String> all(JsonNode texts) {
            List<String> found = new ArrayList<>();
            for (JsonNode text : texts) {
                String value = of(text);
                if (value != null) {
                    found.add(value);
                }
            }
            return found;
        }
    }
}
