package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cover letters in every template's look, both languages, as PDF, DOCX and plain text. */
class LetterTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  static Stream<Named<LetterDocument>> letters() {
    return Stream.of(Named.of("ru", Fixtures.letterRu()), Named.of("en", Fixtures.letterEn()));
  }

  static List<String> facts(LetterDocument d) {
    List<String> facts = new ArrayList<>();
    facts.add(d.sender().name());
    facts.add(d.sender().headline());
    d.sender().contacts().forEach(c -> facts.add(c.text()));
    facts.add(d.date());
    facts.add(d.recipient().person());
    facts.add(d.recipient().company());
    facts.addAll(d.recipient().addressLines());
    facts.add(d.subject());
    facts.add(d.greeting());
    facts.addAll(d.paragraphs());
    facts.add(d.closing());
    facts.add(d.signature());
    return facts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void printsTheLetterInOrderOnOnePageInEveryTemplatesLook(LetterDocument letter) throws IOException {
    for (String template : Templates.ids()) {
      try (PDDocument pdf = Loader.loadPDF(renderer.render(letter, Appearance.of(template), Format.PDF))) {
        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        String text = Facts.normal(new PDFTextStripper().getText(pdf));
        int at = 0;
        for (String fact : facts(letter)) {
          int found = text.indexOf(Facts.normal(fact), at);
          assertThat(found).as("'%s' in %s (%s)", fact, text, template).isGreaterThanOrEqualTo(0);
          at = found;
        }
        assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(letter.sender().name());
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(letter.language().tag());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void writesDocxAndPlainText(LetterDocument letter) throws IOException {
    byte[] docx = renderer.render(letter, Appearance.of("classic"), Format.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
         XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = Facts.normal(extractor.getText());
      facts(letter).forEach(f -> assertThat(text).contains(Facts.normal(f)));
      assertThat(doc.getParagraphs().getFirst().getStyle()).isEqualTo("Title");
    }
    String txt = new String(renderer.render(letter, Appearance.of("classic"), Format.TEXT), StandardCharsets.UTF_8);
    assertThat(txt).doesNotContain("<").contains(letter.paragraphs().getFirst() + "\n\n")
        .endsWith(letter.signature() + "\n");
  }
}
