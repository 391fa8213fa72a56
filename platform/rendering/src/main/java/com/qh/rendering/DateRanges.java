package com.qh.rendering;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Dates as a resume prints them: «янв. 2024 — н. в.» in Russian, "Jan 2024 – Present" in English.
 *
 * <p>A month and its year, and the dash and what precedes it, are joined by no-break spaces so a line never ends
 * between them; Russian takes an em dash between spaced dates and English an en dash, as each language's typography
 * has it.
 */
public final class DateRanges {

  static final char NBSP = '\u00A0';

  private static final String[] RU_SHORT =
      {"янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."};
  private static final String[] RU_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
      "августа", "сентября", "октября", "ноября", "декабря"};
  private static final String[] EN_SHORT =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final String[] EN_FULL = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private DateRanges() {
  }

  /** «янв. 2024», "Jan 2024". */
  public static String month(YearMonth month, Language language) {
    Objects.requireNonNull(month, "month");
    String[] names = language == Language.RU ? RU_SHORT : EN_SHORT;
    return names[month.getMonthValue() - 1] + NBSP + month.getYear();
  }

  /**
   * «янв. 2024 — н. в.», "Jan 2024 – Present"; a period that starts and ends in the same month is that month.
   *
   * @param to the last month, or null while it goes on
   */
  public static String range(YearMonth from, YearMonth to, Language language) {
    if (from.equals(to)) {
      return month(from, language);
    }
    return month(from, language) + dash(language) + (to == null ? present(language) : month(to, language));
  }

  /** «2015 — 2019», "2015 – 2019"; a single year when both are the same. */
  public static String years(int from, Integer to, Language language) {
    if (to != null && to == from) {
      return Integer.toString(from);
    }
    return from + dash(language) + (to == null ? present(language) : to.toString());
  }

  /** «4 декабря 2026 г.», "4 December 2026": a letter's date. */
  public static String day(LocalDate date, Language language) {
    int m = date.getMonthValue() - 1;
    return language == Language.RU
        ? date.getDayOfMonth() + "" + NBSP + RU_GENITIVE[m] + ' ' + date.getYear() + NBSP + "г."
        : date.getDayOfMonth() + "" + NBSP + EN_FULL[m] + ' ' + date.getYear();
  }

  /** «н. в.» (по настоящее время), "Present". */
  public static String present(Language language) {
    return language == Language.RU ? "н." + NBSP + "в." : "Present";
  }

  private static String dash(Language language) {
    return language == Language.RU ? NBSP + "— " : NBSP + "– ";
  }
}
