package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The template picker's pictures (page 1 of a sample resume, drawn once) and the builder's preview image. */
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
  void drawsThePreviewPixelForPixelAsThePdfsPageWithoutWritingTheFile() throws IOException {
    DocumentRenderer renderer = new DocumentRenderer();
    ResumeDocument twoPages = Fixtures.seniorBackendLeadRu();
    for (String template : Templates.ids()) {
      Appearance look = Appearance.of(template);
      byte[] pdf = renderer.pdf(twoPages, look);
      int pages;
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        pages = doc.getNumberOfPages();
      }
      for (int page = 0; page < pages; page++) {
        BufferedImage fromFile = ImageIO.read(new ByteArrayInputStream(renderer.png(pdf, page, 80)));
        BufferedImage direct = ImageIO.read(new ByteArrayInputStream(renderer.png(twoPages, look, page, 80)));
        assertThat(direct.getWidth()).as("%s page %d", template, page).isEqualTo(fromFile.getWidth());
        assertThat(direct.getHeight()).isEqualTo(fromFile.getHeight());
        assertThat(direct.getRGB(0, 0, direct.getWidth(), direct.getHeight(), null, 0, direct.getWidth()))
            .as("%s page %d, pixel for pixel", template, page)
            .isEqualTo(fromFile.getRGB(0, 0, fromFile.getWidth(), fromFile.getHeight(), null, 0, fromFile.getWidth()));
      }
    }
    assertThatThrownBy(() -> renderer.png(twoPages, Appearance.of("modern"), 9, 80))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No page 9");
    assertThatThrownBy(() -> renderer.png(twoPages, Appearance.of("modern"), 0, 400))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 to 300 dpi");
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
