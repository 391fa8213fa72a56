package com.qh.rendering;

import java.util.Locale;

/** The language a document is written in: it picks the fixed words (section names are the caller's), dates and the PDF's language tag. */
public enum Language {
  RU("ru"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, {@code ru} or {@code en}. */
  public String tag() {
    return tag;
  }

  Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The language for a tag such as {@code ru}, {@code ru-RU} or {@code EN}. */
  public static Language of(String tag) {
    String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("ru")) {
      return RU;
    }
    if (t.startsWith("en")) {
      return EN;
    }
    throw new IllegalArgumentException("Unsupported language '" + tag + "': ru or en");
  }
}
