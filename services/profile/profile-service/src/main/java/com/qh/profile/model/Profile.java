package com.qh.profile.model;

import com.qh.profile.model.Sections.Award;
import com.qh.profile.model.Sections.Certificate;
import com.qh.profile.model.Sections.Education;
import com.qh.profile.model.Sections.Experience;
import com.qh.profile.model.Sections.Interest;
import com.qh.profile.model.Sections.LanguageSkill;
import com.qh.profile.model.Sections.Project;
import com.qh.profile.model.Sections.Publication;
import com.qh.profile.model.Sections.Reference;
import com.qh.profile.model.Sections.Skill;
import com.qh.profile.model.Sections.Volunteering;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One person's whole career profile (native format, version 1). Every list section keeps its entries in the order
 * the person chose; each entry has an id of its own.
 *
 * @param primaryLanguage the language the person mostly writes in; documents default to it
 * @param personal name, contacts, location and what the person is looking for
 * @param summary a few sentences about the person
 */
public record Profile(
        @NotNull Language primaryLanguage,
        @NotNull @Valid Personal personal,
        @MaxLength(5000) Text summary,
        @Size(max = 100) List<@NotNull @Valid Experience> experience,
        @Size(max = 30) List<@NotNull @Valid Education> education,
        @Size(max = 300) List<@NotNull @Valid Skill> skills,
        @Size(max = 30) List<@NotNull @Valid LanguageSkill> languages,
        @Size(max = 100) List<@NotNull @Valid Certificate> certificates,
        @Size(max = 100) List<@NotNull @Valid Award> awards,
        @Size(max = 100) List<@NotNull @Valid Project> projects,
        @Size(max = 100) List<@NotNull @Valid Publication> publications,
        @Size(max = 50) List<@NotNull @Valid Volunteering> volunteering,
        @Size(max = 50) List<@NotNull @Valid Interest> interests,
        @Size(max = 50) List<@NotNull @Valid Reference> references) {

    public Profile {
        primaryLanguage = primaryLanguage == null ? Language.EN : primaryLanguage;
        personal = personal == null ? Personal.empty() : personal;
        experience = copy(experience);
        education = copy(education);
        skills = copy(skills);
        languages = copy(languages);
        certificates = copy(certificates);
        awards = copy(awards);
        projects = copy(projects);
        publications = copy(publications);
        volunteering = copy(volunteering);
        interests = copy(interests);
        references = copy(references);
    }

    /** A profile with nothing in it yet. */
    public static Profile empty(Language primaryLanguage) {
        return new Profile(primaryLanguage, Personal.empty(), null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The entries of a list section. */
    public List<? extends Item> items(Section section) {
        return switch (section) {
            case EXPERIENCE -> experience;
            case EDUCATION -> education;
            case SKILLS -> skills;
            case LANGUAGES -> languages;
            case CERTIFICATES -> certificates;
            case AWARDS -> awards;
            case PROJECTS -> projects;
            case PUBLICATIONS -> publications;
            case VOLUNTEERING -> volunteering;
            case INTERESTS -> interests;
            case REFERENCES -> references;
        };
    }

    /** The same profile with a list section replaced. */
    @SuppressWarnings("unchecked")
    public Profile withItems(Section section, List<? extends Item> items) {
        List<Experience> ex = section == Section.EXPERIENCE ? (List<Experience>) items : experience;
        List<Education> ed = section == Section.EDUCATION ? (List<Education>) items : education;
        List<Skill> sk = section == Section.SKILLS ? (List<Skill>) items : skills;
        List<LanguageSkill> la = section == Section.LANGUAGES ? (List<LanguageSkill>) items : languages;
        List<Certificate> ce = section == Section.CERTIFICATES ? (List<Certificate>) items : certificates;
        List<Award> aw = section == Section.AWARDS ? (List<Award>) items : awards;
        List<Project> pr = section == Section.PROJECTS ? (List<Project>) items : projects;
        List<Publication> pu = section == Section.PUBLICATIONS ? (List<Publication>) items : publications;
        List<Volunteering> vo = section == Section.VOLUNTEERING ? (List<Volunteering>) items : volunteering;
        List<Interest> in = section == Section.INTERESTS ? (List<Interest>) items : interests;
        List<Reference> re = section == Section.REFERENCES ? (List<Reference>) items : references;
        return new Profile(primaryLanguage, personal, summary, ex, ed, sk, la, ce, aw, pr, pu, vo, in, re);
    }

    /** The same profile with other personal data. */
    public Profile withPersonal(Personal newPersonal) {
        return new Profile(primaryLanguage, newPersonal, summary, experience, education, skills, languages,
                certificates, awards, projects, publications, volunteering, interests, references);
    }

    /** The same profile with another summary and primary language. */
    public Profile withSummary(Language language, Text newSummary) {
        return new Profile(language, personal, newSummary, experience, education, skills, languages, certificates,
                awards, projects, publications, volunteering, interests, references);
    }

    /** Every entry without an id gets a new one, so each can be addressed on its own. */
    public Profile withIdsAssigned() {
        Profile result = this;
        for (Section section : Section.values()) {
            List<Item> assigned = new ArrayList<>();
            for (Item item : items(section)) {
                assigned.add(item.id() == null ? item.withId(UUID.randomUUID()) : item);
            }
            result = result.withItems(section, assigned);
        }
        return result;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
