package com.qh.rendering;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a document looks: a template and the settings a user may change on it. Every value is checked when the record
 * is made, so an unknown template or font, or a size out of range, is an {@link AppearanceException} naming the
 * field, which a service answers with a 422.
 *
 * @param template a template id from {@link Templates#all()}
 * @param fontFamily a family from {@link Fonts#families()}
 * @param baseSize body text size in points, 8 to 13
 * @param lineHeight line height as a multiple of the size, 1.0 to 2.0
 * @param accent the accent colour as {@code #rrggbb}
 * @param margin the page margin in millimetres on every side, 8 to 30
 * @param pageSize A4 or US Letter
 * @param columns 1, or 2 for a sidebar with skills, languages and certificates (ATS-plain always has one)
 * @param skills how skills are shown
 * @param photoShape how a photo is cropped, round or square, in templates that show one
 */
public record Appearance(
    String template,
    String fontFamily,
    double baseSize,
    double lineHeight,
    String accent,
    double margin,
    PageSize pageSize,
    int columns,
    SkillStyle skills,
    PhotoShape photoShape) {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Appearance {
    if (template == null || Templates.find(template).isEmpty()) {
      throw new AppearanceException("template", "Unknown template '" + template + "'; known: " + Templates.ids());
    }
    if (fontFamily == null || !Fonts.families().contains(fontFamily)) {
      throw new AppearanceException("fontFamily", "Unknown font '" + fontFamily + "'; bundled: " + Fonts.families());
    }
    if (!(baseSize >= 8 && baseSize <= 13)) {
      throw new AppearanceException("baseSize", "The base size is 8 to 13 pt, not " + baseSize);
    }
    if (!(lineHeight >= 1.0 && lineHeight <= 2.0)) {
      throw new AppearanceException("lineHeight", "The line height is 1.0 to 2.0, not " + lineHeight);
    }
    if (accent == null || !COLOUR.matcher(accent).matches()) {
      throw new AppearanceException("accent", "The accent colour is #rrggbb, not '" + accent + "'");
    }
    accent = accent.toLowerCase(Locale.ROOT);
    if (!(margin >= 8 && margin <= 30)) {
      throw new AppearanceException("margin", "The margin is 8 to 30 mm, not " + margin);
    }
    Objects.requireNonNull(pageSize, "pageSize");
    if (columns != 1 && columns != 2) {
      throw new AppearanceException("columns", "Columns are 1 or 2, not " + columns);
    }
    Objects.requireNonNull(skills, "skills");
    if (photoShape == null) {
      throw new AppearanceException("photoShape", "The photo shape is ROUND or SQUARE");
    }
  }

  /** An appearance with the template's own photo shape. */
  public Appearance(String template, String fontFamily, double baseSize, double lineHeight, String accent,
                    double margin, PageSize pageSize, int columns, SkillStyle skills) {
    this(template, fontFamily, baseSize, lineHeight, accent, margin, pageSize, columns, skills,
        Templates.find(template == null ? "" : template).map(Template::photoShape).orElse(PhotoShape.ROUND));
  }

  /** The template's own design, as its designer set it. */
  public static Appearance of(String template) {
    return Templates.find(template)
        .orElseThrow(() -> new AppearanceException("template",
            "Unknown template '" + template + "'; known: " + Templates.ids()))
        .defaults();
  }

  public Appearance withPageSize(PageSize size) {
    return new Appearance(template, fontFamily, baseSize, lineHeight, accent, margin, size, columns, skills,
        photoShape);
  }

  public Appearance withFont(String family) {
    return new Appearance(template, family, baseSize, lineHeight, accent, margin, pageSize, columns, skills,
        photoShape);
  }

  public Appearance withAccent(String colour) {
    return new Appearance(template, fontFamily, baseSize, lineHeight, colour, margin, pageSize, columns, skills,
        photoShape);
  }

  public Appearance withColumns(int count) {
    return new Appearance(template, fontFamily, baseSize, lineHeight, accent, margin, pageSize, count, skills,
        photoShape);
  }

  public Appearance withSkills(SkillStyle style) {
    return new Appearance(template, fontFamily, baseSize, lineHeight, accent, margin, pageSize, columns, style,
        photoShape);
  }

  public Appearance withSize(double size, double height) {
    return new Appearance(template, fontFamily, size, height, accent, margin, pageSize, columns, skills, photoShape);
  }

  public Appearance withPhotoShape(PhotoShape shape) {
    return new Appearance(template, fontFamily, baseSize, lineHeight, accent, margin, pageSize, columns, skills, shape);
  }

  public Appearance withMargin(double millimetres) {
    return new Appearance(template, fontFamily, baseSize, lineHeight, accent, millimetres, pageSize, columns, skills,
        photoShape);
  }

  /** Paper sizes, with their CSS names and size in millimetres. */
  public enum PageSize {
    A4("A4", 210, 297),
    LETTER("letter", 215.9, 279.4);

    private final String css;
    private final double widthMm;
    private final double heightMm;

    PageSize(String css, double widthMm, double heightMm) {
      this.css = css;
      this.widthMm = widthMm;
      this.heightMm = heightMm;
    }

    String css() {
      return css;
    }

    public double widthMm() {
      return widthMm;
    }

    public double heightMm() {
      return heightMm;
    }
  }

  /** How skills are shown: a comma list, tags, or names with a level of five. */
  public enum SkillStyle { LIST, TAGS, LEVELS }

  /** How a photo is cropped: a circle, or a square with slightly rounded corners. */
  public enum PhotoShape { ROUND, SQUARE }
}
