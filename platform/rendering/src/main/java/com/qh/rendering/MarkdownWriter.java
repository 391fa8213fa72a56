package com.qh.rendering;

import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import java.util.ArrayList;
import java.util.List;

/**
 * A resume as CommonMark without any HTML, and a letter as plain text. Characters that Markdown would read as markup
 * (and {@code <}, which it would read as HTML) are escaped; no-break spaces stay as they are.
 */
final class MarkdownWriter {

  private MarkdownWriter() {
  }

  static String resume(ResumeDocument d) {
    StringBuilder md = new StringBuilder(4096);
    md.append("# ").append(esc(d.name())).append("\n\n");
    if (present(d.headline())) {
      md.append("**").append(esc(d.headline())).append("**\n\n");
    }
    if (!d.contacts().isEmpty()) {
      md.append(String.join(" · ", d.contacts().stream().map(MarkdownWriter::contact).toList())).append("\n\n");
    }
    if (present(d.summary())) {
      md.append(esc(d.summary())).append("\n\n");
    }
    for (Section s : d.sections()) {
      if (s.entries().isEmpty()) {
        continue;
      }
      md.append("## ").append(esc(s.title())).append("\n\n");
      if (s.kind() == SectionKind.SKILLS || s.kind().isSide()) {
        s.entries().forEach(e -> md.append("- ").append(line(s.kind(), e)).append('\n'));
        md.append('\n');
        continue;
      }
      if (s.kind().isCitation()) {
        // Publications and talks as a numbered reference list, as a CV cites them.
        for (int i = 0; i < s.entries().size(); i++) {
          md.append(i + 1).append(". ").append(citation(s.entries().get(i))).append('\n');
        }
        md.append('\n');
        continue;
      }
      for (Entry e : s.entries()) {
        entry(md, e);
      }
    }
    return md.toString().stripTrailing() + "\n";
  }

  private static void entry(StringBuilder md, Entry e) {
    List<String> head = new ArrayList<>();
    if (present(e.title())) {
      head.add(link(e.title(), e.url()));
    }
    List<String> where = new ArrayList<>();
    if (present(e.organisation())) {
      where.add(esc(e.organisation()));
    }
    if (present(e.place())) {
      where.add(esc(e.place()));
    }
    if (!where.isEmpty()) {
      head.add(String.join(", ", where));
    }
    md.append("### ").append(String.join(" — ", head)).append("\n\n");
    if (present(e.dates())) {
      md.append('*').append(esc(e.dates())).append("*\n\n");
    }
    if (present(e.text())) {
      md.append(esc(e.text())).append("\n\n");
    }
    if (!e.bullets().isEmpty()) {
      e.bullets().forEach(b -> md.append("- ").append(esc(b)).append('\n'));
      md.append('\n');
    }
    if (!e.skills().isEmpty()) {
      md.append(esc(String.join(", ", e.skills().stream().map(Skill::name).toList()))).append("\n\n");
    }
  }

  /** {@code Authors. **Title.** *Venue, place, year.* [link](url)}, each part closed by a full stop. */
  private static String citation(Entry e) {
    List<String> parts = new ArrayList<>();
    if (present(e.text())) {
      parts.add(esc(ResumeHtml.stop(e.text())));
    }
    if (present(e.title())) {
      parts.add("**" + esc(ResumeHtml.stop(e.title())) + "**");
    }
    List<String> venue = new ArrayList<>();
    for (String part : new String[] {e.organisation(), e.place(), e.dates()}) {
      if (present(part)) {
        venue.add(esc(part));
      }
    }
    if (!venue.isEmpty()) {
      parts.add("*" + ResumeHtml.stop(String.join(", ", venue)) + "*");
    }
    if (present(e.url())) {
      parts.add(link(e.url().replaceFirst("^https?://(www\\.)?", ""), e.url()));
    }
    return String.join(" ", parts);
  }

  private static String line(SectionKind kind, Entry e) {
    StringBuilder s = new StringBuilder();
    if (present(e.title())) {
      s.append("**").append(link(e.title(), e.url())).append("**");
    }
    if (kind == SectionKind.SKILLS && !e.skills().isEmpty()) {
      s.append(s.isEmpty() ? "" : ": ").append(esc(String.join(", ", e.skills().stream()
          .map(k -> k.level() == null ? k.name() : k.name() + " (" + k.level() + "/5)").toList())));
    }
    for (String part : new String[] {e.text(), e.organisation(), e.dates()}) {
      if (present(part)) {
        s.append(s.isEmpty() ? "" : " — ").append(esc(part));
      }
    }
    return s.toString();
  }

  private static String contact(Contact c) {
    return link(c.text(), c.url());
  }

  private static String link(String text, String url) {
    if (!present(url)) {
      return esc(text);
    }
    if (url.startsWith("mailto:") || url.startsWith("tel:")) {
      // The address itself is what a reader wants; a mailto link around it adds nothing in plain text.
      return esc(text);
    }
    return "[" + esc(text) + "](" + url.replace("(", "%28").replace(")", "%29").replace(" ", "%20") + ")";
  }

  /** Escapes what CommonMark would take as markup anywhere in a line, and a line start that looks like a list. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' ? ' ' : c);
    }
    String t = out.toString();
    if (t.matches("^(\\d+)[.)] .*")) {
      t = t.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    } else if (t.matches("^[-+] .*")) {
      t = "\\" + t;
    }
    return t;
  }

  static String letter(LetterDocument d) {
    StringBuilder t = new StringBuilder(2048);
    t.append(d.sender().name()).append('\n');
    if (present(d.sender().headline())) {
      t.append(d.sender().headline()).append('\n');
    }
    d.sender().contacts().forEach(c -> t.append(c.text()).append('\n'));
    t.append('\n');
    if (present(d.date())) {
      t.append(d.date()).append("\n\n");
    }
    if (present(d.recipient().person())) {
      t.append(d.recipient().person()).append('\n');
    }
    t.append(d.recipient().company()).append('\n');
    d.recipient().addressLines().forEach(l -> t.append(l).append('\n'));
    t.append('\n');
    if (present(d.subject())) {
      t.append(d.subject()).append("\n\n");
    }
    if (present(d.greeting())) {
      t.append(d.greeting()).append("\n\n");
    }
    d.paragraphs().forEach(p -> t.append(p).append("\n\n"));
    if (present(d.closing())) {
      t.append(d.closing()).append('\n');
    }
    if (present(d.signature())) {
      t.append(d.signature()).append('\n');
    }
    return t.toString();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
