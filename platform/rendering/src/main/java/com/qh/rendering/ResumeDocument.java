package com.qh.rendering;

import java.util.List;
import java.util.Objects;

/**
 * A resume as it is to be printed: every text chosen, ordered and formatted by the caller (the resume service); the
 * renderers only lay it out.
 *
 * @param language the language the text is in
 * @param name the person's name, the document's title and author
 * @param headline the target title under the name, or null
 * @param contacts e-mail, phone, city, profile links, in the order shown
 * @param summary a short paragraph about the person, or null
 * @param sections the sections in the order shown
 * @param photo the person's photo, or null; templates with a place for one show it ({@link TemplateInfo#photo()}),
 *     ATS-plain never does
 */
public record ResumeDocument(
    Language language,
    String name,
    String headline,
    List<Contact> contacts,
    String summary,
    List<Section> sections,
    Photo photo) {

  public ResumeDocument {
    Objects.requireNonNull(language, "language");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A resume needs the person's name");
    }
    contacts = List.copyOf(contacts == null ? List.of() : contacts);
    sections = List.copyOf(sections == null ? List.of() : sections);
  }

  /** A resume without a photo. */
  public ResumeDocument(Language language, String name, String headline, List<Contact> contacts, String summary,
                        List<Section> sections) {
    this(language, name, headline, contacts, summary, sections, null);
  }

  /**
   * The same resume with a photo.
   *
   * @param image a JPEG or PNG file's bytes, or null for none
   * @throws AppearanceException with field {@code photo} when the bytes are not a usable JPEG or PNG image
   */
  public ResumeDocument withPhoto(byte[] image) {
    return new ResumeDocument(language, name, headline, contacts, summary, sections,
        image == null ? null : Photo.of(image));
  }

  /**
   * One way to reach the person.
   *
   * @param kind what it is, which decides its icon-free label in ATS-plain and its order nowhere else
   * @param text what is printed ({@code anna@example.com}, {@code github.com/anna})
   * @param url where it links ({@code mailto:}, {@code tel:}, {@code https:}), or null for plain text such as a city
   */
  public record Contact(ContactKind kind, String text, String url) {
    public Contact {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }

    public static Contact email(String address) {
      return new Contact(ContactKind.EMAIL, address, "mailto:" + address);
    }

    public static Contact phone(String number) {
      return new Contact(ContactKind.PHONE, number, "tel:" + number.replaceAll("[^+0-9]", ""));
    }

    public static Contact location(String place) {
      return new Contact(ContactKind.LOCATION, place, null);
    }

    /** A web link printed without its scheme: {@code https://github.com/anna} shows as {@code github.com/anna}. */
    public static Contact link(ContactKind kind, String url) {
      return new Contact(kind, url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", ""), url);
    }
  }

  /** What a contact is. */
  public enum ContactKind { EMAIL, PHONE, LOCATION, WEBSITE, GITHUB, LINKEDIN, TELEGRAM, OTHER }

  /**
   * A titled part of the resume.
   *
   * @param kind what the section holds; two-column layouts put {@link SectionKind#isSide() side} kinds in the sidebar
   * @param title the heading as printed, in the document's language
   * @param entries its entries in order
   */
  public record Section(SectionKind kind, String title, List<Entry> entries) {
    public Section {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      entries = List.copyOf(entries == null ? List.of() : entries);
    }
  }

  /**
   * What a section holds. {@code PUBLICATIONS}, {@code CONFERENCES} (talks and posters), {@code TEACHING} and
   * {@code GRANTS} are an academic CV's; the academic template sets publications and talks as numbered references.
   */
  public enum SectionKind {
    EXPERIENCE, EDUCATION, PROJECTS, SKILLS, LANGUAGES, CERTIFICATES, PUBLICATIONS, ACHIEVEMENTS, OTHER,
    CONFERENCES, TEACHING, GRANTS;

    /** Publications and talks: entries a reader cites, set as references where a template numbers them. */
    public boolean isCitation() {
      return this == PUBLICATIONS || this == CONFERENCES;
    }

    /** Short lists that a two-column layout sets in the sidebar. */
    public boolean isSide() {
      return this == SKILLS || this == LANGUAGES || this == CERTIFICATES;
    }
  }

  /**
   * One item of a section: a job, a degree, a project, a group of skills, a language.
   *
   * @param title the role, degree, project, skill group or language
   * @param organisation employer, university or issuer, or null
   * @param place city or "remote", or null
   * @param dates the period, already formatted ({@link DateRanges}), or null
   * @param url a link for the entry (project, certificate), or null
   * @param text a sentence or short paragraph, or null (a language's level goes here)
   * @param bullets achievements and duties, each a sentence
   * @param skills skills named with the entry, with a level where known
   */
  public record Entry(
      String title,
      String organisation,
      String place,
      String dates,
      String url,
      String text,
      List<String> bullets,
      List<Skill> skills) {
    public Entry {
      bullets = List.copyOf(bullets == null ? List.of() : bullets);
      skills = List.copyOf(skills == null ? List.of() : skills);
    }
  }

  /**
   * A skill, optionally with a level.
   *
   * @param name the skill as printed
   * @param level 1 to 5, or null when not rated
   */
  public record Skill(String name, Integer level) {
    public Skill {
      Objects.requireNonNull(name, "name");
      if (level != null && (level < 1 || level > 5)) {
        throw new IllegalArgumentException("A skill level is 1 to 5, not " + level);
      }
    }

    public static Skill of(String name) {
      return new Skill(name, null);
    }
  }
}
