package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled family sets every resume, Russian and English, with no missing glyph and nothing but its own faces. */
class FontsTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  static Stream<Arguments> everyFamilyAndResume() {
    List<Arguments> cases = new ArrayList<>();
    for (String family : Fonts.families()) {
      cases.add(Arguments.of(family, Named.of("ru", Fixtures.seniorBackendLeadRu())));
      cases.add(Arguments.of(family, Named.of("en", Fixtures.productDesignerEn())));
      cases.add(Arguments.of(family, Named.of("symbols", Fixtures.symbolsEverywhere())));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyFamilyAndResume")
  void setsEveryCharacterWithAGlyphOfTheFamilyOrItsFallback(String family, ResumeDocument resume)
      throws IOException {
    Appearance appearance = Appearance.of("classic").withFont(family);
    try (PDDocument pdf = Loader.loadPDF(renderer.pdf(resume, appearance))) {
      assertThat(PdfChecks.missingGlyphs(pdf)).isEmpty();
      String text = Facts.normal(new PDFTextStripper().getText(pdf));
      // openhtmltopdf draws '#' for a glyph no font has, so a lost arrow would fail the fact that holds it.
      Facts.inReadingOrder(resume, false).forEach(f -> assertThat(text).contains(Facts.normal(f)));
      List<String> stems = Fonts.stackFaces(family).stream().map(f -> f.file().replaceFirst("-.*", "")).toList();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          String font = page.getResources().getFont(name).getName();
          assertThat(stems).as(font).anyMatch(stem -> font.matches("[A-Z]{6}\\+" + stem + "(-.+)?"));
        }
      }
    }
  }

  @Test
  void shipsRegularBoldAndItalicOfEveryFamilyWithFullCyrillic() throws IOException {
    assertThat(Fonts.families()).hasSizeGreaterThanOrEqualTo(5);
    String alphabets = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789–—«»„“”‘’…№%€£$";
    for (String family : Fonts.families()) {
      List<String> files = Fonts.files(family);
      assertThat(files).hasSizeBetween(3, 4);
      for (String file : files) {
        try (InputStream in = Fonts.open(file)) {
          TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
          var cmap = ttf.getUnicodeCmapLookup();
          alphabets.chars().forEach(c -> assertThat(cmap.getGlyphId(c)).as("%s %c", file, c).isPositive());
        }
      }
    }
  }

  @Test
  void opensOnlyBundledFontFiles() {
    assertThatThrownBy(() -> Fonts.open("../templates/base.css")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fonts.open("Arial.ttf")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fonts.files("Comic Sans"))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("fontFamily"));
  }
}
