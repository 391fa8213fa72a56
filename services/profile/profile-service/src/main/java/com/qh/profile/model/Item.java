package com.qh.profile.model;

import java.util.UUID;

/** One entry of a list section (a job, a degree, a skill...). Its id is the service's, stable across edits. */
public sealed interface Item permits Sections.Experience, Sections.Education, Sections.Skill, Sections.LanguageSkill,
        Sections.Certificate, Sections.Award, Sections.Project, Sections.Publication, Sections.Volunteering,
        Sections.Interest, Sections.Reference {

    UUID id();

    /** The same entry under another id. */
    Item withId(UUID id);
}
