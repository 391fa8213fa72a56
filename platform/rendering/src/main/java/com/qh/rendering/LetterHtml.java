package com.qh.rendering;

/**
 * Writes a cover letter as XHTML in the look of a resume template: the letterhead is the resume's header (name,
 * headline, contacts), with the template's font, accent and page; then date, recipient, subject and the letter.
 */
final class LetterHtml {

  private LetterHtml() {
  }

  static String write(LetterDocument d, Appearance a, String fontBase) {
    Template t = Templates.get(a.template());
    Html h = new Html();
    ResumeHtml.head(h, d.language(), title(d), d.sender().name(), description(d.language()), "letter", a, fontBase);
    h.raw("<body class=\"letter t-").raw(t.id()).raw("\">");
    h.open("div", "head");
    h.el("h1", "name", d.sender().name());
    h.el("p", "headline", d.sender().headline());
    ResumeHtml.contacts(h, d.sender().contacts(), t.info().atsPlain(), d.language());
    h.close("div");
    h.el("p", "date", d.date());
    h.open("div", "to");
    h.el("p", null, d.recipient().person());
    h.el("p", "company", d.recipient().company());
    d.recipient().addressLines().forEach(line -> h.el("p", null, line));
    h.close("div");
    h.el("p", "subject", d.subject());
    h.el("p", "greeting", d.greeting());
    d.paragraphs().forEach(p -> h.el("p", "para", p));
    h.open("div", "close");
    h.el("p", "closing", d.closing());
    h.el("p", "signature", d.signature());
    h.close("div");
    return h.raw("</body></html>").toString();
  }

  static String description(Language language) {
    return language == Language.RU ? "Сопроводительное письмо" : "Cover letter";
  }

  static String title(LetterDocument d) {
    String what = d.language() == Language.RU ? "Сопроводительное письмо" : "Cover letter";
    return what + " — " + d.sender().name() + ", " + d.recipient().company();
  }
}
