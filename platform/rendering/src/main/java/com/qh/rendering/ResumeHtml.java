package com.qh.rendering;

import com.qh.rendering.Appearance.SkillStyle;
import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import java.util.List;

/**
 * Writes a resume as one XHTML document: the same markup for every template, whose stylesheet makes the design.
 * Document order is reading order (header, summary, then the sidebar and the main column, left to right), which is
 * the order a PDF's text comes out in for parsers and screen readers.
 */
final class ResumeHtml {

  private ResumeHtml() {
  }

  /**
   * The document.
   *
   * @param fontBase where a browser finds the font files ({@code /fonts/}), or null to name the families only (the
   *     PDF engine has them registered; a preview without them falls back to the reader's fonts)
   */
  static String write(ResumeDocument d, Appearance a, String fontBase) {
    Template t = Templates.get(a.template());
    boolean sidebar = t.sidebar(a);
    Html h = new Html();
    head(h, d.language(), title(d), d.name(), description(d.language()), t.id(), a, fontBase);
    boolean photo = t.showsPhoto(d);
    h.raw("<body class=\"t-").raw(t.id()).raw(sidebar ? " cols-2" : " cols-1")
        .raw(" sk-").raw(a.skills().name().toLowerCase()).raw(photo ? " with-photo" : "").raw("\">");
    h.open("div", "head");
    if (photo && t.photoAbove()) {
      photo(h, d.photo(), a);
    }
    if (photo && !t.photoAbove()) {
      // A table, like the columns: the photo's cell beside the text, which stays first in reading order.
      h.raw("<table class=\"hp\"><tr><td class=\"hp-text\">");
    }
    h.el("h1", "name", d.name());
    h.el("p", "headline", d.headline());
    contacts(h, d.contacts(), t.info().atsPlain(), d.language());
    if (photo && !t.photoAbove()) {
      h.raw("</td><td class=\"hp-photo\">");
      photo(h, d.photo(), a);
      h.raw("</td></tr></table>");
    }
    h.close("div");
    if (d.summary() != null && !d.summary().isBlank()) {
      h.open("div", "sec summary");
      if (t.info().atsPlain()) {
        h.el("h2", null, d.language() == Language.RU ? "О себе" : "Summary");
      }
      h.el("p", null, d.summary());
      h.close("div");
    }
    SkillStyle style = t.info().atsPlain() ? SkillStyle.LIST : a.skills();
    if (sidebar) {
      // A table, not floats: openhtmltopdf paints a float before the blocks above it, which would put the sidebar
      // ahead of the name in the PDF's text. The sidebar comes first, as the eye reads it: left, then right.
      h.raw("<table class=\"cols\"><tr><td class=\"side\">");
      d.sections().stream().filter(s -> s.kind().isSide()).forEach(s -> section(h, s, style, t));
      h.raw("</td><td class=\"main\">");
      d.sections().stream().filter(s -> !s.kind().isSide()).forEach(s -> section(h, s, style, t));
      h.raw("</td></tr></table>");
    } else {
      d.sections().forEach(s -> section(h, s, style, t));
    }
    return h.raw("</body></html>").toString();
  }

  static String title(ResumeDocument d) {
    return d.headline() == null || d.headline().isBlank() ? d.name() : d.name() + " — " + d.headline();
  }

  /** What the document is: the PDF's subject, which PDF/UA wants as the document's description. */
  static String description(Language language) {
    return language == Language.RU ? "Резюме" : "Resume";
  }

  /**
   * The {@code <head>} every document of this library has: language, title, author, description, the filled
   * stylesheet.
   */
  static void head(Html h, Language language, String title, String author, String description, String sheet,
                   Appearance a, String fontBase) {
    h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").raw(language.tag())
        .raw("\"><head><meta charset=\"utf-8\"/>")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    h.plain().open("title", null).text(title).close("title");
    h.raw("<meta name=\"author\"").attr("content", author).raw("/>");
    h.raw("<meta name=\"subject\"").attr("content", description).raw("/>").typeset();
    h.raw("<style>");
    if (fontBase != null) {
      fontFaces(h, a.fontFamily(), fontBase);
    }
    h.raw(Styles.css(sheet, a)).raw("</style></head>");
  }

  private static void fontFaces(Html h, String family, String base) {
    for (Fonts.Face f : Fonts.stackFaces(family)) {
      h.raw("@font-face{font-family:'").raw(f.family()).raw("';src:url('");
      h.text(base + f.file());
      h.raw("') format('truetype');font-weight:").raw(f.bold() ? "700" : "400")
          .raw(";font-style:").raw(f.italic() ? "italic" : "normal").raw("}\n");
    }
  }

  /** Contacts on one line: links where they lead somewhere; ATS-plain says what each one is in words. */
  static void contacts(Html h, List<Contact> contacts, boolean labelled, Language language) {
    if (contacts.isEmpty()) {
      return;
    }
    h.open("p", "contacts");
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (i > 0) {
        h.raw(labelled ? "<span class=\"sep\"> | </span>" : "<span class=\"sep\"> · </span>");
      }
      h.open("span", "contact");
      // The label goes inside the link: openhtmltopdf may break a line between two inline boxes even when nowrap.
      h.link(c.url(), null, labelled ? label(c, language) + ":\u00A0" + c.text() : c.text());
      h.close("span");
    }
    h.close("p");
  }

  private static String label(Contact c, Language language) {
    boolean ru = language == Language.RU;
    return switch (c.kind()) {
      case EMAIL -> "E-mail";
      case PHONE -> ru ? "Телефон" : "Phone";
      case LOCATION -> ru ? "Город" : "Location";
      case WEBSITE -> ru ? "Сайт" : "Website";
      case GITHUB -> "GitHub";
      case LINKEDIN -> "LinkedIn";
      case TELEGRAM -> "Telegram";
      case OTHER -> ru ? "Ссылка" : "Link";
    };
  }

  /**
   * The photo as a square's background, not an {@code <img>}: the PDF engine rounds a background's corners with
   * {@code border-radius} but not an image's. A background is an artifact, outside the text and the structure tree.
   */
  private static void photo(Html h, Photo photo, Appearance a) {
    h.raw("<div class=\"photo ").raw(a.photoShape() == Appearance.PhotoShape.ROUND ? "round" : "square")
        .raw("\" style=\"background-image: url('").raw(photo.dataUri()).raw("')\"></div>");
  }

  private static void section(Html h, Section s, SkillStyle style, Template t) {
    if (s.entries().isEmpty()) {
      return;
    }
    h.open("div", "sec sec-" + s.kind().name().toLowerCase());
    h.el("h2", null, s.title());
    int number = 0;
    for (Entry e : s.entries()) {
      if (t.citations() && s.kind().isCitation()) {
        citation(h, e, ++number);
      } else if (s.kind() == SectionKind.SKILLS) {
        skillGroup(h, e, style);
      } else if (s.kind().isSide()) {
        brief(h, e);
      } else {
        entry(h, e, style);
      }
    }
    h.close("div");
  }

  /** A job, degree or project: title and dates on one line, then organisation, text, bullets, skills. */
  private static void entry(Html h, Entry e, SkillStyle style) {
    h.open("div", "entry");
    h.raw("<table class=\"eh\"><tr><td class=\"et\">");
    if (e.title() != null) {
      h.open("h3", "title").link(e.url(), null, e.title()).close("h3");
    }
    h.raw("</td><td class=\"ed\">");
    h.el("span", "dates", e.dates());
    h.raw("</td></tr></table>");
    if (e.organisation() != null || e.place() != null) {
      h.open("p", "org");
      h.el("span", "orgname", e.organisation());
      if (e.organisation() != null && e.place() != null) {
        h.raw("<span class=\"psep\">, </span>");
      }
      h.el("span", "place", e.place());
      h.close("p");
    }
    h.el("p", "text", e.text());
    bullets(h, e.bullets());
    if (!e.skills().isEmpty()) {
      skills(h, e.skills(), style == SkillStyle.TAGS ? SkillStyle.TAGS : SkillStyle.LIST, "stack");
    }
    h.close("div");
  }

  /**
   * A publication or talk as a numbered reference: authors (the entry's text), title, venue (organisation), place,
   * year (dates), and the link (a DOI) printed so that it survives on paper.
   */
  private static void citation(Html h, Entry e, int number) {
    h.open("div", "entry cite");
    h.raw("<table class=\"ref\"><tr><td class=\"rn\">").text("[" + number + "]").raw("</td><td class=\"rb\">");
    h.open("p", "ref");
    if (e.text() != null && !e.text().isBlank()) {
      h.el("span", "au", stop(e.text())).raw(" ");
    }
    if (e.title() != null) {
      h.el("span", "ti", stop(e.title())).raw(" ");
    }
    String venue = String.join(", ", java.util.stream.Stream.of(e.organisation(), e.place(), e.dates())
        .filter(x -> x != null && !x.isBlank()).toList());
    if (!venue.isEmpty()) {
      h.el("span", "ve", stop(venue));
    }
    if (e.url() != null && !e.url().isBlank()) {
      h.raw(" ").link(e.url(), "doi", e.url().replaceFirst("^https?://(www\\.)?", ""));
    }
    h.close("p");
    bullets(h, e.bullets());
    h.raw("</td></tr></table>");
    h.close("div");
  }

  /** The text ending in a full stop unless it ends in punctuation of its own. */
  static String stop(String s) {
    String t = s.strip();
    return t.matches(".*[.!?…»”\"]$") ? t : t + ".";
  }

  /** A language or certificate in the sidebar or a short list: title, then details on one small line. */
  private static void brief(Html h, Entry e) {
    h.open("div", "entry brief");
    h.open("p", "title").link(e.url(), null, e.title() == null ? "" : e.title()).close("p");
    StringBuilder meta = new StringBuilder();
    for (String part : new String[] {e.text(), e.organisation(), e.dates()}) {
      if (part != null && !part.isBlank()) {
        meta.append(meta.isEmpty() ? "" : " · ").append(part);
      }
    }
    h.el("p", "meta", meta.toString());
    bullets(h, e.bullets());
    h.close("div");
  }

  private static void skillGroup(Html h, Entry e, SkillStyle style) {
    h.open("div", "skl");
    if (style == SkillStyle.LIST) {
      h.open("p", "skl-line");
      if (e.title() != null) {
        h.el("span", "grp", e.title() + ": ");
      }
      h.text(String.join(", ", e.skills().stream().map(Skill::name).toList()));
      h.close("p");
    } else {
      h.el("p", "grp", e.title());
      skills(h, e.skills(), style, null);
    }
    h.el("p", "text", e.text());
    h.close("div");
  }

  private static void skills(Html h, List<Skill> skills, SkillStyle style, String cls) {
    switch (style) {
      case LIST -> h.el("p", cls == null ? "list" : "list " + cls,
          String.join(", ", skills.stream().map(Skill::name).toList()));
      case TAGS -> {
        h.open("p", cls == null ? "tags" : "tags " + cls);
        for (int i = 0; i < skills.size(); i++) {
          // The space between tags lets a line wrap between them and keeps words apart in extracted text.
          h.el("span", "tag", skills.get(i).name()).raw(i < skills.size() - 1 ? " " : "");
        }
        h.close("p");
      }
      case LEVELS -> {
        h.raw("<table class=\"levels\">");
        for (Skill s : skills) {
          h.raw("<tr><td class=\"ln\">").text(s.name()).raw("</td><td class=\"lb\">");
          if (s.level() != null) {
            h.raw("<span class=\"dots\">");
            for (int i = 1; i <= 5; i++) {
              h.raw(i <= s.level() ? "<span class=\"dot on\"></span>" : "<span class=\"dot\"></span>");
            }
            h.raw("</span>");
          }
          h.raw("</td></tr>");
        }
        h.raw("</table>");
      }
    }
  }

  private static void bullets(Html h, List<String> bullets) {
    if (bullets.isEmpty()) {
      return;
    }
    h.open("ul", "bl");
    bullets.forEach(b -> h.el("li", null, b));
    h.close("ul");
  }
}
