package com.qh.profile.model;

import java.util.Locale;

/** The profile's list sections, by the name they have in paths ({@code /api/v1/profile/experience}). */
public enum Section {
    EXPERIENCE(Sections.Experience.class),
    EDUCATION(Sections.Education.class),
    SKILLS(Sections.Skill.class),
    LANGUAGES(Sections.LanguageSkill.class),
    CERTIFICATES(Sections.Certificate.class),
    AWARDS(Sections.Award.class),
    PROJECTS(Sections.Project.class),
    PUBLICATIONS(Sections.Publication.class),
    VOLUNTEERING(Sections.Volunteering.class),
    INTERESTS(Sections.Interest.class),
    REFERENCES(Sections.Reference.class);

    private final Class<? extends Item> itemType;

    Section(Class<? extends Item> itemType) {
        this.itemType = itemType;
    }

    /** The record its entries are. */
    public Class<? extends Item> itemType() {
        return itemType;
    }

    /** Its name in paths and JSON. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section named {@code path}, or {@code null}. */
    public static Section fromPath(String path) {
        for (Section section : values()) {
            if (section.path().equals(path)) {
                return section;
            }
        }
        return null;
    }
}
