package com.qh.rendering;

import com.qh.rendering.Appearance.PageSize;
import com.qh.rendering.Appearance.PhotoShape;
import com.qh.rendering.Appearance.SkillStyle;

/**
 * A design: its stylesheet ({@code templates/<id>.css}, with {@code {{name}}} slots filled from the appearance) and
 * the settings its designer chose, which are the defaults a user starts from.
 */
record Template(
    TemplateInfo info,
    String font,
    double size,
    double lineHeight,
    String accent,
    double margin,
    SkillStyle skills,
    PhotoShape photoShape) {

  Template(TemplateInfo info, String font, double size, double lineHeight, String accent, double margin,
           SkillStyle skills) {
    this(info, font, size, lineHeight, accent, margin, skills, PhotoShape.ROUND);
  }

  String id() {
    return info.id();
  }

  Appearance defaults() {
    return new Appearance(info.id(), font, size, lineHeight, accent, margin, PageSize.A4, info.columns(), skills,
        photoShape);
  }

  /** Whether the layout puts side sections in a sidebar with this appearance. */
  boolean sidebar(Appearance appearance) {
    return !info.atsPlain() && appearance.columns() == 2;
  }

  /** Whether the photo goes centred above the name (a centred letterhead) rather than beside it. */
  boolean photoAbove() {
    return info.id().equals("classic");
  }

  /** Whether publications and talks are set as numbered references. */
  boolean citations() {
    return info.id().equals("academic");
  }

  /** Whether this document's photo is printed: there is one and the template has a place for it. */
  boolean showsPhoto(ResumeDocument d) {
    return d.photo() != null && info.photo() && !info.atsPlain();
  }
}
