package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyTest {

  @Test
  void tiesShortWordsDashesAndUnitsToWhatFollows() {
    assertThat(Typography.tie("Перевела шлюз в 14 сервисов и в облако — за 3 мес."))
        .isEqualTo("Перевела шлюз в\u00A014 сервисов и\u00A0в\u00A0облако\u00A0— за\u00A03\u00A0мес.");
    assertThat(Typography.tie("Led a team of 8 people")).isEqualTo("Led a\u00A0team of\u00A08 people");
  }

  @Test
  void leavesTextWithoutSpacesAlone() {
    assertThat(Typography.tie("github.com/anna")).isEqualTo("github.com/anna");
  }
}
