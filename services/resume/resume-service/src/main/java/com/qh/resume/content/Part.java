package com.qh.resume.content;

import com.qh.rendering.Language;
import com.qh.rendering.ResumeDocument.SectionKind;

/** A part of the profile a resume may show, in the default order of a resume. */
public enum Part {
    SUMMARY(null, "О себе", "Summary"),
    EXPERIENCE(SectionKind.EXPERIENCE, "Опыт работы", "Experience"),
    PROJECTS(SectionKind.PROJECTS, "Проекты", "Projects"),
    EDUCATION(SectionKind.EDUCATION, "Образование", "Education"),
    SKILLS(SectionKind.SKILLS, "Навыки", "Skills"),
    LANGUAGES(SectionKind.LANGUAGES, "Языки", "Languages"),
    CERTIFICATES(SectionKind.CERTIFICATES, "Сертификаты", "Certificates"),
    PUBLICATIONS(SectionKind.PUBLICATIONS, "Публикации", "Publications"),
    AWARDS(SectionKind.ACHIEVEMENTS, "Награды и достижения", "Awards"),
    VOLUNTEERING(SectionKind.OTHER, "Волонтёрство", "Volunteering"),
    INTERESTS(SectionKind.OTHER, "Интересы", "Interests");

    private final SectionKind kind;
    private final String ru;
    private final String en;

    Part(SectionKind kind, String ru, String en) {
        this.kind = kind;
        this.ru = ru;
        this.en = en;
    }

    /** The rendering library's section kind; null for the summary, which is not a section. */
    SectionKind kind() {
        return kind;
    }

    /** The heading as printed. */
    String title(Language language) {
        return language == Language.RU ? ru : en;
    }

    /** Parts whose entries tailoring may reorder and hide: not education or spoken languages. */
    boolean tailorable() {
        return this != SUMMARY && this != EDUCATION && this != LANGUAGES && this != SKILLS;
    }
}
