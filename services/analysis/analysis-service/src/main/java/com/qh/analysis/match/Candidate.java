package com.qh.analysis.match;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What the matcher knows of a person: their profile or a parsed resume, in the matcher's own terms so that neither
 * the profile service's model nor a parser's output leaks into the scoring.
 *
 * <p>Every entry carries an id the answer points back at ({@code evidence.entryId}, a recommendation's target):
 * the profile's entry id, or a position such as {@code work-0} for a document.
 *
 * @param headline the title the person gives themselves ({@code Backend Engineer}), may be {@code null}
 * @param summary the "about" text, may be {@code null}
 * @param work jobs, in any order
 * @param skills the skills list, in groups as the person wrote it
 * @param education degrees and courses
 * @param languages spoken languages with the level as written ({@code B2}, {@code Native}, {@code свободный})
 * @param projects side or study projects: evidence of a skill, but of study rather than work
 * @param certificates certificates and licences ({@code BLS}, {@code AWS Solutions Architect})
 * @param city where the person lives, may be {@code null}
 * @param workFormats the formats the person accepts; empty when they did not say
 * @param relocation whether they would move
 * @param desiredSalary what they ask for, may be {@code null}
 */
public record Candidate(String headline, String summary, List<Job> work, List<SkillGroup> skills,
        List<Study> education, List<Language> languages, List<Project> projects, List<Certificate> certificates,
        String city, Set<WorkFormat> workFormats, boolean relocation, Salary desiredSalary) {

    public Candidate {
        work = List.copyOf(work);
        skills = List.copyOf(skills);
        education = List.copyOf(education);
        languages = List.copyOf(languages);
        projects = List.copyOf(projects);
        certificates = List.copyOf(certificates);
        workFormats = Set.copyOf(workFormats);
    }

    /**
     * A job.
     *
     * @param end the last month, or {@code null} for a current job (it runs to the matcher's clock)
     * @param highlights achievements and duties, one per bullet
     */
    public record Job(String id, String employer, String title, YearMonth start, YearMonth end, String summary,
            List<String> highlights) {

        public Job {
            highlights = List.copyOf(highlights);
        }
    }

    /** A group of the skills list ({@code Backend: Java, Spring Boot}); the group name may be {@code null}. */
    public record SkillGroup(String id, String name, List<String> keywords) {

        public SkillGroup {
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * A degree, a diploma or a course.
     *
     * @param degree the kind as written ({@code Бакалавр}, {@code BSc}, {@code Среднее профессиональное образование})
     * @param area the field ({@code Прикладная информатика})
     * @param end the month it ended or will end; {@code null} when not given
     */
    public record Study(String id, String institution, String degree, String area, YearMonth start, YearMonth end,
            List<String> courses) {

        public Study {
            courses = List.copyOf(courses);
        }
    }

    /** A spoken language; {@code level} as written: a CEFR level, a word ({@code Fluent}, {@code Родной}) or both. */
    public record Language(String id, String language, String level) {
    }

    /** A project outside work. */
    public record Project(String id, String name, String description, List<String> highlights) {

        public Project {
            highlights = List.copyOf(highlights);
        }
    }

    /** A certificate or licence. */
    public record Certificate(String id, String name, String issuer) {
    }
}
