package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.rendering.Appearance.PageSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template, in Russian and English, on A4 and Letter, read back with PDFBox as a parser would read it. */
class ResumePdfTest {

  private static final double MM = 72 / 25.4;

  private final DocumentRenderer renderer = new DocumentRenderer();

  static Stream<Arguments> everyTemplateLanguageAndPage() {
    List<Arguments> cases = new ArrayList<>();
    for (String template : Templates.ids()) {
      for (PageSize size : PageSize.values()) {
        cases.add(Arguments.of(template, size, Named.of("ru", Fixtures.seniorBackendLeadRu())));
        cases.add(Arguments.of(template, size, Named.of("en", Fixtures.productDesignerEn())));
        cases.add(Arguments.of(template, size, Named.of("academic ru", SampleResumes.researcher(Language.RU))));
        cases.add(Arguments.of(template, size, Named.of("academic en", SampleResumes.researcher(Language.EN))));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyTemplateLanguageAndPage")
  void extractsEveryFactInReadingOrder(String template, PageSize size, ResumeDocument resume) throws IOException {
    Appearance appearance = Appearance.of(template).withPageSize(size);
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(resume, appearance))) {
      String text = Facts.normal(new PDFTextStripper().getText(pdf));
      int at = 0;
      for (String fact : Facts.inReadingOrder(resume, appearance)) {
        int found = text.indexOf(Facts.normal(fact), at);
        assertThat(found).as("'%s' after position %d in %s", fact, at, text).isGreaterThanOrEqualTo(0);
        at = found;
      }
      // openhtmltopdf draws '#' for a glyph its fonts lack; the text has none of its own.
      assertThat(text).doesNotContain("#").doesNotContain("\uFFFD");
      assertThat(PdfChecks.missingGlyphs(pdf)).as(".notdef glyphs").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyTemplateLanguageAndPage")
  void keepsEveryLetterInsideThePageMargins(String template, PageSize size, ResumeDocument resume)
      throws IOException {
    Appearance appearance = Appearance.of(template).withPageSize(size);
    double margin = appearance.margin() * MM;
    double tolerance = 1.0;
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(resume, appearance))) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo((float) (size.widthMm() * MM),
          org.assertj.core.data.Offset.offset(1f));
      List<String> outside = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) {
          float width = getCurrentPage().getMediaBox().getWidth();
          float height = getCurrentPage().getMediaBox().getHeight();
          for (TextPosition p : positions) {
            if (p.getXDirAdj() < margin - tolerance
                || p.getXDirAdj() + p.getWidthDirAdj() > width - margin + tolerance
                || p.getYDirAdj() - p.getHeightDir() < margin - tolerance
                || p.getYDirAdj() > height - margin + tolerance) {
              outside.add(p.getUnicode() + " at " + p.getXDirAdj() + "," + p.getYDirAdj() + " in '" + s + "'");
            }
          }
        }
      };
      stripper.getText(pdf);
      assertThat(outside).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyTemplateLanguageAndPage")
  void embedsSubsetFontsMetadataTagsAndLinks(String template, PageSize size, ResumeDocument resume)
      throws IOException {
    Appearance appearance = Appearance.of(template).withPageSize(size);
    List<String> stems = Fonts.stackFaces(appearance.fontFamily()).stream()
        .map(f -> f.file().replaceFirst("-.*", "")).distinct().toList();
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(resume, appearance))) {
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(stems).as(font.getName())
              .anyMatch(stem -> font.getName().matches("[A-Z]{6}\\+" + stem + "(-.+)?"));
        }
      }
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(ResumeHtml.title(resume));
      assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(resume.name());
      assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(ResumeHtml.description(resume.language()));
      assertThat(pdf.getDocumentCatalog().getMetadata()).as("XMP metadata").isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(resume.language().tag());
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
      List<String> links = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      assertThat(links).containsAll(resume.contacts().stream()
          .map(ResumeDocument.Contact::url).filter(u -> u != null).toList());
      assertThat(links).as("entries' links (projects, DOIs)").containsAll(resume.sections().stream()
          .flatMap(s -> s.entries().stream()).map(ResumeDocument.Entry::url).filter(u -> u != null).toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void fitsTheEnglishResumeOnOnePageAndTheRussianOnTwo(String template) throws IOException {
    try (PDDocument en = Loader.loadPDF(renderer.pdf(Fixtures.productDesignerEn(), Appearance.of(template)));
         PDDocument ru = Loader.loadPDF(renderer.pdf(Fixtures.seniorBackendLeadRu(), Appearance.of(template)))) {
      assertThat(en.getNumberOfPages()).isEqualTo(1);
      assertThat(ru.getNumberOfPages()).isBetween(1, 2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void fitsEachSampleResumeOnOnePage(String template) throws IOException {
    for (Language language : Language.values()) {
      try (PDDocument pdf = Loader.loadPDF(renderer.pdf(SampleResumes.forTemplate(template, language),
          Appearance.of(template)))) {
        assertThat(pdf.getNumberOfPages()).as("%s %s", template, language).isEqualTo(1);
      }
    }
  }

  static Stream<String> templates() {
    return Templates.ids().stream();
  }
}
