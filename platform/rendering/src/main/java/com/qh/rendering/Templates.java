package com.qh.rendering;

import com.qh.rendering.Appearance.SkillStyle;
import java.util.List;
import java.util.Optional;

/** The resume templates this library draws. A cover letter takes the look (font, accent, page) of any of them. */
public final class Templates {

  private static final List<Template> ALL = List.of(
      new Template(new TemplateInfo("classic", "Классический", "Classic",
          "One column, serif, dates on the right: the resume most readers expect.", 1, false),
          "Noto Serif", 10.5, 1.35, "#1f3a5f", 18, SkillStyle.LIST),
      new Template(new TemplateInfo("modern", "Современный", "Modern",
          "A sidebar for skills and languages beside the experience, sans-serif, tags.", 2, false),
          "Noto Sans", 9.5, 1.4, "#0f766e", 14, SkillStyle.TAGS),
      new Template(new TemplateInfo("ats-plain", "Для ATS", "ATS plain",
          "No columns, graphics or colour: what applicant tracking systems read best.", 1, true),
          "Noto Sans", 10.5, 1.3, "#000000", 18, SkillStyle.LIST),
      new Template(new TemplateInfo("compact", "Компактный", "Compact",
          "Tight spacing and inline dates to keep a long career on one page.", 1, false),
          "Noto Sans", 9, 1.25, "#7c2d12", 12, SkillStyle.LIST));

  private Templates() {
  }

  /** Every template, in the order a picker shows them. */
  public static List<TemplateInfo> all() {
    return ALL.stream().map(Template::info).toList();
  }

  /** The ids of every template. */
  public static List<String> ids() {
    return ALL.stream().map(Template::id).toList();
  }

  static Optional<Template> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  static Template get(String id) {
    return find(id).orElseThrow(() -> new AppearanceException("template", "Unknown template '" + id + "'"));
  }
}
