package com.qh.analysis.resume;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.qh.analysis.match.Candidate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a resume file says, read into fields. Each field carries a confidence from 0 to 1: how sure the parser is
 * that the value is what the field means (an e-mail address found by its pattern is near 1; a company told from
 * a title only by its position in the line is lower), so that a user interface can ask for a look at the weak
 * ones and the profile's import can leave them out.
 *
 * @param fileName the file's name as given
 * @param mediaType the type read from the content
 * @param language {@code ru} or {@code en}: the language most of the letters are in
 * @param pages the page count (PDF; 0 when the format has none)
 * @param name the person's name
 * @param headline the title they give themselves
 * @param contacts e-mail, phone and city
 * @param links web addresses (profiles, portfolio)
 * @param summary the "about me" text, or null
 * @param experience jobs in the order written
 * @param education schools and degrees
 * @param skills skills found through the taxonomy, the skills section's first
 * @param languages spoken languages and the level as written
 * @param sections the section headings found, in order
 */
@Schema(description = "A resume file read into fields, each with a confidence 0-1, and the same as a JSON Resume")
// jsonResume is written with the fields (the answer, a review's parse section, the kept parse) and derived again
// when read back, never taken from the JSON.
@JsonIgnoreProperties(value = "jsonResume", allowGetters = true)
public record ParsedResume(String fileName, String mediaType, String language, int pages, Field name,
        Field headline, Contacts contacts, List<Field> links, String summary, List<Job> experience,
        List<Study> education, List<FoundSkill> skills, List<SpokenLanguage> languages, List<String> sections) {

    public ParsedResume {
        links = List.copyOf(links);
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
    }

    /** A value read and how sure the parser is of it (0-1). */
    @Schema(description = "A value read and how sure the parser is of it")
    public record Field(String value, double confidence) {
    }

    /** E-mail, phone (digits with a leading +, as written otherwise) and city; each null when not found. */
    public record Contacts(Field email, Field phone, Field city) {
    }

    /**
     * A job.
     *
     * @param start its first month (January when only the year is written)
     * @param end its last month (December when only the year is written); null for a current job
     * @param current whether it runs to now
     * @param monthsKnown whether both ends name a month ("03/2020") rather than only a year ("2019–2021")
     * @param dates the dates as written
     * @param datesConfidence how sure the parser is of the dates
     * @param bullets the lines under the job's header
     */
    public record Job(Field company, Field title, YearMonth start, YearMonth end, boolean current,
            boolean monthsKnown, String dates, double datesConfidence, List<String> bullets) {

        public Job {
            bullets = List.copyOf(bullets);
        }
    }

    /** A school, course or degree; {@code end} is the year it ended or will end, null when not written. */
    public record Study(Field institution, String degree, String area, Integer end) {
    }

    /**
     * A skill the taxonomy knows.
     *
     * @param name its canonical name
     * @param written how the resume wrote it
     * @param section where it was found: {@code skills}, {@code experience}, {@code summary}, {@code projects}, ...
     */
    public record FoundSkill(String name, String written, String section, double confidence) {
    }

    /** A spoken language and its level as written, or null. */
    public record SpokenLanguage(String language, String level, double confidence) {
    }

    /**
     * The resume as the matcher's candidate. Jobs are {@code work-0}, {@code work-1} ...; the skills of the
     * skills section are the skills list, the others stay in the jobs' text where they were found.
     */
    public Candidate toCandidate() {
        List<Candidate.Job> jobs = new ArrayList<>();
        for (int i = 0; i < experience.size(); i++) {
            Job job = experience.get(i);
            jobs.add(new Candidate.Job("work-" + i, value(job.company()), value(job.title()), job.start(),
                    job.current() ? null : job.end(), null, job.bullets()));
        }
        List<String> listed = skills.stream().filter(s -> "skills".equals(s.section())).map(FoundSkill::name)
                .distinct().toList();
        List<Candidate.SkillGroup> groups = listed.isEmpty() ? List.of()
                : List.of(new Candidate.SkillGroup("skills-0", null, listed));
        List<Candidate.Study> studies = new ArrayList<>();
        for (int i = 0; i < education.size(); i++) {
            Study s = education.get(i);
            studies.add(new Candidate.Study("education-" + i, value(s.institution()), s.degree(), s.area(), null,
                    s.end() == null ? null : YearMonth.of(s.end(), 6), List.of()));
        }
        List<Candidate.Language> spoken = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            spoken.add(new Candidate.Language("language-" + i, languages.get(i).language(),
                    languages.get(i).level()));
        }
        return new Candidate(value(headline), summary, jobs, groups, studies, spoken, List.of(), List.of(),
                contacts.city() == null ? null : contacts.city().value(), Set.of(), false, null);
    }

    /**
     * The resume as a JSON Resume 1.2.1 document, what the profile's import takes (the answer's {@code jsonResume},
     * so that the mapping of these fields lives here only): fields left out when not found, dates as
     * {@code YYYY-MM} or {@code YYYY} as precisely as the file gave them, a link's network named when it is a known
     * site.
     */
    @JsonProperty("jsonResume")
    @Schema(name = "jsonResume", description = "The same resume as a JSON Resume 1.2.1 document (what the profile's "
            + "import takes): fields not found left out, dates YYYY-MM, or YYYY when the file gave only years",
            example = "{\"basics\": {\"name\": \"Иван Петров\", \"label\": \"Java-разработчик\"}, \"work\": "
                    + "[{\"name\": \"ООО «Ромашка»\", \"position\": \"Ведущий разработчик\", "
                    + "\"startDate\": \"2020-03\"}]}")
    public Map<String, Object> toJsonResume() {
        Map<String, Object> resume = new LinkedHashMap<>();
        Map<String, Object> basics = new LinkedHashMap<>();
        put(basics, "name", value(name));
        put(basics, "label", value(headline));
        put(basics, "email", value(contacts.email()));
        put(basics, "phone", value(contacts.phone()));
        put(basics, "summary", summary);
        if (contacts.city() != null) {
            basics.put("location", Map.of("city", contacts.city().value()));
        }
        List<Map<String, Object>> profiles = new ArrayList<>();
        for (Field link : links) {
            Map<String, Object> profile = new LinkedHashMap<>();
            put(profile, "network", network(link.value()));
            profile.put("url", link.value().startsWith("http") ? link.value() : "https://" + link.value());
            profiles.add(profile);
        }
        if (!profiles.isEmpty()) {
            basics.put("profiles", profiles);
        }
        resume.put("basics", basics);
        List<Map<String, Object>> work = new ArrayList<>();
        for (Job job : experience) {
            Map<String, Object> node = new LinkedHashMap<>();
            put(node, "name", value(job.company()));
            put(node, "position", value(job.title()));
            put(node, "startDate", date(job.start(), job.monthsKnown()));
            if (!job.current()) {
                put(node, "endDate", date(job.end(), job.monthsKnown()));
            }
            if (!job.bullets().isEmpty()) {
                node.put("highlights", job.bullets());
            }
            work.add(node);
        }
        if (!work.isEmpty()) {
            resume.put("work", work);
        }
        List<Map<String, Object>> studies = new ArrayList<>();
        for (Study s : education) {
            Map<String, Object> node = new LinkedHashMap<>();
            put(node, "institution", value(s.institution()));
            put(node, "studyType", s.degree());
            put(node, "area", s.area());
            put(node, "endDate", s.end() == null ? null : String.valueOf(s.end()));
            studies.add(node);
        }
        if (!studies.isEmpty()) {
            resume.put("education", studies);
        }
        List<String> listed = skills.stream().map(FoundSkill::name).distinct().toList();
        if (!listed.isEmpty()) {
            resume.put("skills", List.of(Map.of("name", "ru".equals(language) ? "Навыки" : "Skills",
                    "keywords", listed)));
        }
        List<Map<String, Object>> spoken = new ArrayList<>();
        for (SpokenLanguage l : languages) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("language", l.language());
            put(node, "fluency", l.level());
            spoken.add(node);
        }
        if (!spoken.isEmpty()) {
            resume.put("languages", spoken);
        }
        return resume;
    }

    private static String network(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        for (String[] known : new String[][] {{"linkedin.", "LinkedIn"}, {"github.", "GitHub"},
                {"gitlab.", "GitLab"}, {"t.me", "Telegram"}, {"hh.ru", "hh.ru"}, {"habr.", "Habr"},
                {"behance.", "Behance"}, {"dribbble.", "Dribbble"}, {"stackoverflow.", "Stack Overflow"}}) {
            if (u.contains(known[0])) {
                return known[1];
            }
        }
        return null;
    }

    private static String date(YearMonth month, boolean monthKnown) {
        if (month == null) {
            return null;
        }
        return monthKnown ? month.toString() : String.valueOf(month.getYear());
    }

    private static void put(Map<String, Object> node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }

    private static String value(Field field) {
        return field == null ? null : field.value();
    }
}
