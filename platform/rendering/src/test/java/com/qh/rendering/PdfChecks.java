package com.qh.rendering;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF the way a careful reviewer would: which glyphs are missing from the fonts that draw them. */
final class PdfChecks {

  private PdfChecks() {
  }

  /**
   * Every character drawn with glyph 0 (.notdef, an empty box or nothing on paper) of its embedded font, with the
   * text around it; empty when every character has a glyph.
   */
  static List<String> missingGlyphs(PDDocument pdf) throws IOException {
    List<String> missing = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String s, List<TextPosition> positions) throws IOException {
        for (TextPosition p : positions) {
          PDFont font = p.getFont();
          for (int code : p.getCharacterCodes()) {
            boolean notdef = font instanceof PDType0Font t0 ? t0.codeToGID(code) == 0 : font.getWidth(code) == 0;
            if (notdef) {
              missing.add("'" + p.getUnicode() + "' in " + font.getName() + " in '" + s + "'");
            }
          }
        }
      }
    };
    stripper.getText(pdf);
    return missing;
  }
}
