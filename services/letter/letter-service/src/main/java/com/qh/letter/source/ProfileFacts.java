package com.qh.letter.source;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile's own facts in one language: everything a letter may say about the candidate, and nothing else.
 * Bilingual texts ({@code {"ru": ..., "en": ...}}) are read in the letter's language, else the other one.
 *
 * @param name the candidate's full name, or null
 * @param headline the line under the name ("Java developer"), or null
 * @param summary the profile's summary, or null
 * @param email their e-mail, or null
 * @param phone their phone, or null
 * @param city where they live, or null
 * @param jobs work and volunteering, most recent first
 * @param skills the skills listed, each group's name and keywords
 * @param certificates certificate names
 */
public record ProfileFacts(String name, String headline, String summary, String email, String phone, String city,
        List<Job> jobs, List<String> skills, List<String> certificates) {

    public ProfileFacts {
        jobs = List.copyOf(jobs);
        skills = List.copyOf(skills);
        certificates = List.copyOf(certificates);
    }

    /**
     * A job.
     *
     * @param employer the employer, or null
     * @param position the title held, or null
     * @param start when it began, or null
     * @param end when it ended; null while current (or unknown)
     * @param current whether it goes on
     * @param description what the job was, or null
     * @param highlights achievements, as written
     */
    public record Job(String employer, String position, YearMonth start, YearMonth end, boolean current,
            String description, List<String> highlights) {

        public Job {
            highlights = List.copyOf(highlights);
        }
    }

    /** Whether nothing in the profile could serve as evidence: no job, no skill, no summary. */
    public boolean empty() {
        return jobs.isEmpty() && skills.isEmpty() && (summary == null || summary.isBlank());
    }

    /** Reads the profile service's profile (its REST model) in a language, {@code ru} or {@code en}. */
    public static ProfileFacts of(JsonNode profile, String language) {
        Texts texts = new Texts("ru".equals(language));
        JsonNode personal = profile.path("personal");
        String first = texts.of(personal.path("firstName"));
        String last = texts.of(personal.path("lastName"));
        String name = first == null ? last : last == null ? first : first + " " + last;
        String headline = texts.of(personal.path("headline"));
        if (headline == null) {
            headline = texts.of(personal.path("desiredPosition"));
        }
        List<Job> jobs = new ArrayList<>();
        for (JsonNode job : profile.path("experience")) {
            jobs.add(new Job(texts.of(job.path("employer")), texts.of(job.path("position")),
                    month(job.path("startDate")), job.path("current").asBoolean(false) ? null
                            : month(job.path("endDate")),
                    job.path("current").asBoolean(false),
                    texts.of(job.path("description")), texts.all(job.path("highlights"))));
        }
        for (JsonNode job : profile.path("volunteering")) {
            jobs.add(new Job(texts.of(job.path("organization")), texts.of(job.path("position")),
                    month(job.path("startDate")), month(job.path("endDate")), false, texts.of(job.path("summary")),
                    texts.all(job.path("highlights"))));
        }
        jobs.sort((a, b) -> {
            if (a.current() != b.current()) {
                return a.current() ? -1 : 1;
            }
            YearMonth ea = a.end() != null ? a.end() : a.start();
            YearMonth eb = b.end() != null ? b.end() : b.start();
            if (ea == null || eb == null) {
                return ea == null ? (eb == null ? 0 : 1) : -1;
            }
            return eb.compareTo(ea);
        });
        List<String> skills = new ArrayList<>();
        for (JsonNode skill : profile.path("skills")) {
            String skillName = plain(skill.path("name"));
            if (skillName != null) {
                skills.add(skillName);
            }
            for (JsonNode keyword : skill.path("keywords")) {
                String word = plain(keyword);
                if (word != null) {
                    skills.add(word);
                }
            }
        }
        List<String> certificates = new ArrayList<>();
        for (JsonNode certificate : profile.path("certificates")) {
            String certificateName = texts.of(certificate.path("name"));
            if (certificateName != null) {
                certificates.add(certificateName);
            }
        }
        JsonNode contacts = personal.path("contacts");
        return new ProfileFacts(name, headline, texts.of(profile.path("summary")), plain(contacts.path("email")),
                plain(contacts.path("phone")), texts.of(personal.path("location").path("city")), jobs, skills,
                certificates);
    }

    /**
     * The profile as a JSON Resume (the fact checker's evidence), in a language, following the profile service's
     * own export ({@code com.qh.profile.exchange.JsonResume}) for the fields a letter can name: basics, work,
     * volunteer, education, certificates, awards, skills, languages and projects.
     */
    public static JsonNode jsonResume(JsonNode profile, String language) {
        Texts texts = new Texts("ru".equals(language));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode resume = nodes.objectNode();
        ObjectNode basics = resume.putObject("basics");
        ProfileFacts facts = of(profile, language);
        put(basics, "name", facts.name());
        put(basics, "label", facts.headline());
        put(basics, "summary", facts.summary());
        put(basics, "email", facts.email());
        put(basics, "phone", facts.phone());
        if (facts.city() != null) {
            basics.putObject("location").put("city", facts.city());
        }
        ArrayNode work = resume.putArray("work");
        for (JsonNode job : profile.path("experience")) {
            ObjectNode node = work.addObject();
            put(node, "name", texts.of(job.path("employer")));
            put(node, "position", texts.of(job.path("position")));
            put(node, "startDate", plain(job.path("startDate")));
            put(node, "endDate", job.path("current").asBoolean(false) ? null : plain(job.path("endDate")));
            put(node, "summary", texts.of(job.path("description")));
            strings(node.putArray("highlights"), texts.all(job.path("highlights")));
        }
        ArrayNode volunteer = resume.putArray("volunteer");
        for (JsonNode job : profile.path("volunteering")) {
            ObjectNode node = volunteer.addObject();
            put(node, "organization", texts.of(job.path("organization")));
            put(node, "position", texts.of(job.path("position")));
            put(node, "startDate", plain(job.path("startDate")));
            put(node, "endDate", plain(job.path("endDate")));
            put(node, "summary", texts.of(job.path("summary")));
            strings(node.putArray("highlights"), texts.all(job.path("highlights")));
        }
        ArrayNode education = resume.putArray("education");
        for (JsonNode study : profile.path("education")) {
            ObjectNode node = education.addObject();
            put(node, "institution", texts.of(study.path("institution")));
            put(node, "area", texts.of(study.path("area")));
            put(node, "studyType", texts.of(study.path("studyType")));
            put(node, "startDate", plain(study.path("startDate")));
            put(node, "endDate", plain(study.path("endDate")));
            strings(node.putArray("courses"), texts.all(study.path("courses")));
        }
        ArrayNode certificates = resume.putArray("certificates");
        for (JsonNode certificate : profile.path("certificates")) {
            ObjectNode node = certificates.addObject();
            put(node, "name", texts.of(certificate.path("name")));
            put(node, "issuer", texts.of(certificate.path("issuer")));
            put(node, "date", plain(certificate.path("date")));
        }
        ArrayNode awards = resume.putArray("awards");
        for (JsonNode award : profile.path("awards")) {
            ObjectNode node = awards.addObject();
            put(node, "title", texts.of(award.path("title")));
            put(node, "awarder", texts.of(award.path("awarder")));
            put(node, "date", plain(award.path("date")));
            put(node, "summary", texts.of(award.path("summary")));
        }
        ArrayNode skills = resume.putArray("skills");
        for (JsonNode skill : profile.path("skills")) {
            ObjectNode node = skills.addObject();
            put(node, "name", plain(skill.path("name")));
            List<String> keywords = new ArrayList<>();
            skill.path("keywords").forEach(k -> {
                if (plain(k) != null) {
                    keywords.add(plain(k));
                }
            });
            strings(node.putArray("keywords"), keywords);
        }
        ArrayNode languages = resume.putArray("languages");
        for (JsonNode spoken : profile.path("languages")) {
            ObjectNode node = languages.addObject();
            put(node, "language", plain(spoken.path("language")));
            put(node, "fluency", plain(spoken.path("fluency")));
        }
        ArrayNode projects = resume.putArray("projects");
        for (JsonNode project : profile.path("projects")) {
            ObjectNode node = projects.addObject();
            put(node, "name", texts.of(project.path("name")));
            put(node, "description", texts.of(project.path("description")));
            strings(node.putArray("highlights"), texts.all(project.path("highlights")));
        }
        return resume;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** {@code 2024}, {@code 2024-09} or {@code 2024-09-01}; else null. */
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
        catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String plain(JsonNode value) {
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    /** Bilingual texts read in one language first; a plain string is itself. */
    private record Texts(boolean russianFirst) {

        String of(JsonNode text) {
            if (text.isString()) {
                return plain(text);
            }
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
