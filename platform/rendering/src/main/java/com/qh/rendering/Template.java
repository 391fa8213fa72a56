package com.qh.rendering;

import com.qh.rendering.Appearance.PageSize;
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
    SkillStyle skills) {

  String id() {
    return info.id();
  }

  Appearance defaults() {
    return new Appearance(info.id(), font, size, lineHeight, accent, margin, PageSize.A4, info.columns(), skills);
  }

  /** Whether the layout puts side sections in a sidebar with this appearance. */
  boolean sidebar(Appearance appearance) {
    return !info.atsPlain() && appearance.columns() == 2;
  }
}
