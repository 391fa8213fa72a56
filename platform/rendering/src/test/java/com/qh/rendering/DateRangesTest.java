package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DateRangesTest {

  private static String spaced(String s) {
    return s.replace('\u00A0', ' ');
  }

  @Test
  void writesRussianRangesWithAnEmDashAndToThePresent() {
    assertThat(spaced(DateRanges.range(YearMonth.of(2024, 1), null, Language.RU))).isEqualTo("янв. 2024 — н. в.");
    assertThat(spaced(DateRanges.range(YearMonth.of(2017, 9), YearMonth.of(2021, 2), Language.RU)))
        .isEqualTo("сент. 2017 — февр. 2021");
    assertThat(spaced(DateRanges.years(2007, 2013, Language.RU))).isEqualTo("2007 — 2013");
    assertThat(spaced(DateRanges.day(LocalDate.of(2026, 12, 4), Language.RU))).isEqualTo("4 декабря 2026 г.");
  }

  @Test
  void writesEnglishRangesWithAnEnDashAndPresent() {
    assertThat(spaced(DateRanges.range(YearMonth.of(2024, 1), null, Language.EN))).isEqualTo("Jan 2024 – Present");
    assertThat(spaced(DateRanges.range(YearMonth.of(2020, 5), YearMonth.of(2020, 5), Language.EN)))
        .isEqualTo("May 2020");
    assertThat(spaced(DateRanges.years(2013, 2013, Language.EN))).isEqualTo("2013");
    assertThat(spaced(DateRanges.day(LocalDate.of(2026, 12, 4), Language.EN))).isEqualTo("4 December 2026");
  }

  @Test
  void neverBreaksALineInsideADateOrBeforeTheDash() {
    assertThat(DateRanges.range(YearMonth.of(2024, 1), null, Language.RU)).isEqualTo("янв.\u00A02024\u00A0— н.\u00A0в.");
  }
}
