package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The template picker's pictures: page 1 of a sample resume, drawn once. */
class ThumbnailTest {

  @Test
  void drawsEveryTemplateInBothLanguagesAsAPageSizedPng() throws IOException {
    for (String template : Templates.ids()) {
      for (Language language : Language.values()) {
        byte[] png = Templates.thumbnail(template, language);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as("%s %s", template, language).isEqualTo(330);
        assertThat(image.getHeight()).isEqualTo(467);
        assertThat(Templates.thumbnail(template, language)).as("kept after the first call").isEqualTo(png);
      }
    }
    assertThat(Templates.thumbnail("bold", Language.RU)).isNotEqualTo(Templates.thumbnail("bold", Language.EN));
  }

  @Test
  void rejectsAnUnknownTemplateNamingTheTemplateField() {
    assertThatThrownBy(() -> Templates.thumbnail("fancy", Language.EN))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("template"));
  }

  @Test
  void givesTheAcademicTemplateAResearchersCv() {
    assertThat(SampleResumes.forTemplate("academic", Language.EN).sections())
        .anyMatch(s -> s.kind() == ResumeDocument.SectionKind.PUBLICATIONS)
        .anyMatch(s -> s.kind() == ResumeDocument.SectionKind.CONFERENCES)
        .anyMatch(s -> s.kind() == ResumeDocument.SectionKind.TEACHING)
        .anyMatch(s -> s.kind() == ResumeDocument.SectionKind.GRANTS);
  }
}
