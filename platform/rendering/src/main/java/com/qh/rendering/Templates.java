package com.qh.rendering;

import com.qh.rendering.Appearance.PhotoShape;
import com.qh.rendering.Appearance.SkillStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The resume templates this library draws. A cover letter takes the look (font, accent, page) of any of them. */
public final class Templates {

  /** Thumbnails are drawn at this resolution: an A4 page 330 by 467 pixels, sharp on a 2× screen at half that. */
  static final float THUMBNAIL_DPI = 40;

  private static final List<Template> ALL = List.of(
      new Template(new TemplateInfo("classic", "Классический", "Classic",
          "One column, serif, dates on the right: the resume most readers expect.", 1, false, true),
          "Noto Serif", 10.5, 1.35, "#1f3a5f", 18, SkillStyle.LIST, PhotoShape.SQUARE),
      new Template(new TemplateInfo("modern", "Современный", "Modern",
          "A sidebar for skills and languages beside the experience, sans-serif, tags.", 2, false, true),
          "Noto Sans", 9.5, 1.4, "#0f766e", 14, SkillStyle.TAGS, PhotoShape.ROUND),
      new Template(new TemplateInfo("ats-plain", "Для ATS", "ATS plain",
          "No columns, graphics or colour: what applicant tracking systems read best.", 1, true, false),
          "Noto Sans", 10.5, 1.3, "#000000", 18, SkillStyle.LIST),
      new Template(new TemplateInfo("compact", "Компактный", "Compact",
          "Tight spacing and inline dates to keep a long career on one page.", 1, false, false),
          "Noto Sans", 9, 1.25, "#7c2d12", 12, SkillStyle.LIST),
      new Template(new TemplateInfo("academic", "Академический", "Academic CV",
          "A scholar's CV: serif, numbered publications and talks, teaching and grants, dates in the margin.", 1,
          false, false),
          "PT Serif", 10, 1.35, "#7a1f2b", 20, SkillStyle.LIST),
      new Template(new TemplateInfo("bold", "Яркий", "Bold",
          "A full-width colour band with a large name and photo, a sidebar below: stands out, still prints well.",
          2, false, true),
          "PT Sans", 10, 1.4, "#1e40af", 14, SkillStyle.TAGS, PhotoShape.ROUND));

  private static final Map<String, byte[]> THUMBNAILS = new ConcurrentHashMap<>();

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

  /**
   * A picture of the template for a picker: page 1 of a built-in sample resume ({@link SampleResumes}) in the
   * language, in the template's own design on A4, as a PNG 330 pixels wide. Drawn on the first call (about 50 ms)
   * and kept for the life of the JVM.
   *
   * @throws AppearanceException with field {@code template} for an unknown id
   */
  public static byte[] thumbnail(String templateId, Language language) {
    Template t = get(templateId);
    byte[] png = THUMBNAILS.computeIfAbsent(t.id() + "/" + language.tag(), key -> {
      return new DocumentRenderer().png(SampleResumes.forTemplate(t.id(), language), t.defaults(), 0, THUMBNAIL_DPI);
    });
    return png.clone();
  }

  static Optional<Template> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  static Template get(String id) {
    return find(id).orElseThrow(() -> new AppearanceException("template",
        "Unknown template '" + id + "'; known: " + ids()));
  }
}
