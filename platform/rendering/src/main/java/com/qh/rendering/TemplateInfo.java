package com.qh.rendering;

/**
 * A template as a picker lists it.
 *
 * @param id the id an {@link Appearance} names
 * @param nameRu its name in Russian
 * @param nameEn its name in English
 * @param descriptionEn one line on what it is for
 * @param columns the columns it is designed with (a user may change it unless {@code atsPlain})
 * @param atsPlain true for the one without columns, graphics or colour, for applicant tracking systems
 * @param photo whether it has a place for the person's photo (others leave a photo out)
 */
public record TemplateInfo(String id, String nameRu, String nameEn, String descriptionEn, int columns,
                           boolean atsPlain, boolean photo) {

  /** A template without a place for a photo. */
  public TemplateInfo(String id, String nameRu, String nameEn, String descriptionEn, int columns, boolean atsPlain) {
    this(id, nameRu, nameEn, descriptionEn, columns, atsPlain, false);
  }
}
