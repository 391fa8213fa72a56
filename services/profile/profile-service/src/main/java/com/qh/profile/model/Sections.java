package com.qh.profile.model;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.URL;

/**
 * The entries of the profile's list sections. Field names follow JSON Resume where it has the field, so an export
 * is a rename away; texts are bilingual, names of things (skills, networks) are not.
 */
public final class Sections {

    private Sections() {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A job.
     *
     * @param employer the company
     * @param employerDescription what the company does
     * @param current whether the person still works there (then no endDate)
     * @param description what the person did, in prose
     * @param highlights achievements, one a line; numbers make them strong
     */
    @Period.Valid
    @Schema(description = "A job",
            example = "{\"employer\": {\"ru\": \"Нордвинд Платежи\", \"en\": \"Northwind Payments\"}, \"position\": "
                    + "{\"en\": \"Senior backend engineer\"}, \"location\": {\"en\": \"Moscow\"}, \"startDate\": "
                    + "\"2021-03\", \"current\": true, \"description\": {\"en\": \"Lead the settlement team.\"}, "
                    + "\"highlights\": [{\"en\": \"Cut settlement time from 6 hours to 40 minutes\"}]}")
    public record Experience(
            UUID id,
            @NotNull @MaxLength(200) Text employer,
            @MaxLength(1000) Text employerDescription,
            @NotNull @MaxLength(200) Text position,
            @MaxLength(200) Text location,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url,
            @NotNull @PartialDate String startDate,
            @PartialDate String endDate,
            Boolean current,
            @MaxLength(5000) Text description,
            @Size(max = 30) List<@NotNull @MaxLength(1000) Text> highlights) implements Item, Period {

        public Experience {
            highlights = copy(highlights);
        }

        @Override
        public boolean ongoing() {
            return Boolean.TRUE.equals(current);
        }

        @Override
        public Experience withId(UUID newId) {
            return new Experience(newId, employer, employerDescription, position, location, url, startDate, endDate,
                    current, description, highlights);
        }
    }

    /**
     * Studies.
     *
     * @param area the field of study
     * @param studyType the degree as written ("Bachelor", "Специалист")
     * @param level the degree's level, for matching vacancies' requirements
     * @param score the grade (GPA, "с отличием")
     */
    @Period.Valid
    @Schema(description = "Studies",
            example = "{\"institution\": {\"ru\": \"Казанский федеральный университет\"}, \"area\": {\"ru\": \"Прикладная "
                    + "математика\"}, \"studyType\": {\"ru\": \"Магистр\"}, \"level\": \"MASTER\", \"startDate\": "
                    + "\"2010-09\", \"endDate\": \"2016-06\", \"score\": \"4.8/5\"}")
    public record Education(
            UUID id,
            @NotNull @MaxLength(300) Text institution,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url,
            @MaxLength(200) Text area,
            @MaxLength(100) Text studyType,
            EducationLevel level,
            @PartialDate String startDate,
            @PartialDate String endDate,
            @Size(max = 50) String score,
            @Size(max = 50) List<@NotNull @MaxLength(300) Text> courses) implements Item, Period {

        public Education {
            courses = copy(courses);
        }

        @Override
        public Education withId(UUID newId) {
            return new Education(newId, institution, url, area, studyType, level, startDate, endDate, score, courses);
        }
    }

    /** Levels of education, as hh.ru and vacancies name them. */
    public enum EducationLevel {
        SECONDARY, SPECIAL_SECONDARY, UNFINISHED_HIGHER, BACHELOR, MASTER, SPECIALIST, CANDIDATE, DOCTOR, OTHER
    }

    /**
     * A skill.
     *
     * @param name "Java", "Kubernetes", "Negotiation"
     * @param level as the person puts it ("Expert", "3 years")
     * @param keywords what it covers ("Spring Boot", "JPA")
     */
    @Schema(description = "A skill",
            example = "{\"name\": \"Java\", \"level\": \"Expert\", \"keywords\": [\"Spring Boot\", \"JPA\"]}")
    public record Skill(
            UUID id,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 50) String level,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> keywords) implements Item {

        public Skill {
            keywords = copy(keywords);
        }

        @Override
        public Skill withId(UUID newId) {
            return new Skill(newId, name, level, keywords);
        }
    }

    /**
     * A spoken language.
     *
     * @param language its name ("English", "Русский")
     * @param fluency as the person puts it ("Native speaker", "Fluent")
     * @param cefr the CEFR level, for matching vacancies' requirements
     */
    @Schema(description = "A spoken language",
            example = "{\"language\": \"English\", \"fluency\": \"C1 Advanced\", \"cefr\": \"C1\"}")
    public record LanguageSkill(
            UUID id,
            @NotBlank @Size(max = 60) String language,
            @Size(max = 60) String fluency,
            Cefr cefr) implements Item {

        @Override
        public LanguageSkill withId(UUID newId) {
            return new LanguageSkill(newId, language, fluency, cefr);
        }
    }

    /** Common European Framework levels, and native. */
    public enum Cefr { A1, A2, B1, B2, C1, C2, NATIVE }

    /** A certificate. */
    @Schema(description = "A certificate",
            example = "{\"name\": {\"en\": \"Certified Kubernetes Application Developer\"}, \"date\": \"2022-05\","
                    + " \"issuer\": {\"en\": \"CNCF\"}, \"url\": \"https://www.cncf.io/certification/ckad/\"}")
    public record Certificate(
            UUID id,
            @NotNull @MaxLength(300) Text name,
            @PartialDate String date,
            @MaxLength(200) Text issuer,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url) implements Item {

        @Override
        public Certificate withId(UUID newId) {
            return new Certificate(newId, name, date, issuer, url);
        }
    }

    /** An award or achievement. */
    @Schema(description = "An award or achievement",
            example = "{\"title\": {\"en\": \"Engineer of the year\"}, \"date\": \"2023-12\", \"awarder\": {\"en\": "
                    + "\"Northwind Payments\"}}")
    public record Award(
            UUID id,
            @NotNull @MaxLength(300) Text title,
            @PartialDate String date,
            @MaxLength(200) Text awarder,
            @MaxLength(2000) Text summary) implements Item {

        @Override
        public Award withId(UUID newId) {
            return new Award(newId, title, date, awarder, summary);
        }
    }

    /**
     * A project.
     *
     * @param entity who it was for (a company, a community)
     * @param type "application", "conference talk", ...
     */
    @Period.Valid
    @Schema(description = "A project",
            example = "{\"name\": {\"en\": \"ledger-check\"}, \"description\": {\"en\": \"Reconciles ledgers.\"},"
                    + " \"keywords\": [\"Java\", \"CLI\"], \"startDate\": \"2022\", \"roles\": [{\"en\": \"Author\"}],"
                    + " \"url\": \"https://github.com/example/ledger-check\"}")
    public record Project(
            UUID id,
            @NotNull @MaxLength(200) Text name,
            @MaxLength(5000) Text description,
            @Size(max = 30) List<@NotNull @MaxLength(1000) Text> highlights,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> keywords,
            @PartialDate String startDate,
            @PartialDate String endDate,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url,
            @Size(max = 10) List<@NotNull @MaxLength(100) Text> roles,
            @MaxLength(200) Text entity,
            @Size(max = 60) String type) implements Item, Period {

        public Project {
            highlights = copy(highlights);
            keywords = copy(keywords);
            roles = copy(roles);
        }

        @Override
        public Project withId(UUID newId) {
            return new Project(newId, name, description, highlights, keywords, startDate, endDate, url, roles, entity,
                    type);
        }
    }

    /** A publication. */
    @Schema(description = "A publication",
            example = "{\"name\": {\"ru\": \"Ровно один раз: расчёты через outbox\"}, \"publisher\": {\"en\": \"Habr\"},"
                    + " \"releaseDate\": \"2024-02-11\"}")
    public record Publication(
            UUID id,
            @NotNull @MaxLength(300) Text name,
            @MaxLength(200) Text publisher,
            @PartialDate String releaseDate,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url,
            @MaxLength(2000) Text summary) implements Item {

        @Override
        public Publication withId(UUID newId) {
            return new Publication(newId, name, publisher, releaseDate, url, summary);
        }
    }

    /** Volunteer work. */
    @Period.Valid
    @Schema(description = "Volunteer work",
            example = "{\"organization\": {\"en\": \"Code for Kids\"}, \"position\": {\"en\": \"Mentor\"}, \"startDate\": "
                    + "\"2019-01\", \"endDate\": \"2020-12\"}")
    public record Volunteering(
            UUID id,
            @NotNull @MaxLength(200) Text organization,
            @MaxLength(200) Text position,
            @URL(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) @Size(max = 2048) String url,
            @PartialDate String startDate,
            @PartialDate String endDate,
            @MaxLength(2000) Text summary,
            @Size(max = 30) List<@NotNull @MaxLength(1000) Text> highlights) implements Item, Period {

        public Volunteering {
            highlights = copy(highlights);
        }

        @Override
        public Volunteering withId(UUID newId) {
            return new Volunteering(newId, organization, position, url, startDate, endDate, summary, highlights);
        }
    }

    /** An interest or hobby. */
    @Schema(description = "An interest", example = "{\"name\": {\"en\": \"Climbing\"}, \"keywords\": [\"Bouldering\"]}")
    public record Interest(
            UUID id,
            @NotNull @MaxLength(100) Text name,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> keywords) implements Item {

        public Interest {
            keywords = copy(keywords);
        }

        @Override
        public Interest withId(UUID newId) {
            return new Interest(newId, name, keywords);
        }
    }

    /** A reference from someone the person worked with. */
    @Schema(description = "A reference",
            example = "{\"name\": \"Ivan Petrov, CTO\", \"reference\": {\"en\": \"Turned our slowest system into "
                    + "our most reliable one.\"}}")
    public record Reference(
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @MaxLength(3000) Text reference) implements Item {

        @Override
        public Reference withId(UUID newId) {
            return new Reference(newId, name, reference);
        }
    }
}
