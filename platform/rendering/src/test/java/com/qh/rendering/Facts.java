package com.qh.rendering;

import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a rendered resume must say, in the order a reader meets it, for the checks of every format. */
final class Facts {

  private Facts() {
  }

  /** Every text of the resume in reading order: the sidebar's sections before the main ones when there is one. */
  static List<String> inReadingOrder(ResumeDocument d, boolean sidebar) {
    return inReadingOrder(d, sidebar, false);
  }

  /** The facts in the reading order of a template: its columns, and whether it sets references as citations. */
  static List<String> inReadingOrder(ResumeDocument d, Appearance a) {
    Template t = Templates.get(a.template());
    return inReadingOrder(d, t.sidebar(a), t.citations());
  }

  /**
   * Every text in reading order.
   *
   * @param citations publications and talks read as references: authors (text), title, venue, place, year
   */
  static List<String> inReadingOrder(ResumeDocument d, boolean sidebar, boolean citations) {
    List<String> facts = new ArrayList<>();
    facts.add(d.name());
    if (d.headline() != null) {
      facts.add(d.headline());
    }
    d.contacts().stream().map(Contact::text).forEach(facts::add);
    if (d.summary() != null) {
      facts.add(d.summary());
    }
    List<Section> sections = new ArrayList<>();
    if (sidebar) {
      sections.addAll(d.sections().stream().filter(s -> s.kind().isSide()).toList());
      sections.addAll(d.sections().stream().filter(s -> !s.kind().isSide()).toList());
    } else {
      sections.addAll(d.sections());
    }
    for (Section s : sections) {
      facts.add(s.title());
      for (Entry e : s.entries()) {
        // A job prints its dates beside its title; a language or certificate its details on one line after it.
        String[] order = s.kind() == SectionKind.SKILLS ? new String[] {e.title()}
            : citations && s.kind().isCitation()
            ? new String[] {e.text(), e.title(), e.organisation(), e.place(), e.dates()}
            : s.kind().isSide() ? new String[] {e.title(), e.text(), e.organisation(), e.dates()}
            : new String[] {e.title(), e.dates(), e.organisation(), e.place(), e.text()};
        for (String f : order) {
          if (f != null) {
            facts.add(f);
          }
        }
        facts.addAll(e.bullets());
        e.skills().stream().map(Skill::name).forEach(facts::add);
        if (s.kind() == SectionKind.SKILLS && e.text() != null) {
          facts.add(e.text());
        }
      }
    }
    return facts;
  }

  /** Letters case-folded, any run of whitespace (no-break spaces and line ends too) one space: how text is compared. */
  static String normal(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }
}
