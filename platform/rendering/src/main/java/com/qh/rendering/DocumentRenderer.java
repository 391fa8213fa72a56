package com.qh.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders resumes and cover letters. Stateless and thread-safe; the fonts and stylesheets it reads are kept for the
 * life of the JVM, so the first document pays for them and the rest do not.
 */
public final class DocumentRenderer {

  /**
   * A resume in a format.
   *
   * @throws IllegalArgumentException for {@link Format#TEXT}, which only letters have
   */
  public byte[] render(ResumeDocument resume, Appearance appearance, Format format) {
    return switch (format) {
      case PDF -> pdf(resume, appearance);
      case DOCX -> DocxWriter.resume(resume, appearance);
      case MARKDOWN -> MarkdownWriter.resume(resume).getBytes(StandardCharsets.UTF_8);
      case HTML -> html(resume, appearance, null).getBytes(StandardCharsets.UTF_8);
      case TEXT -> throw new IllegalArgumentException("A resume is rendered as PDF, DOCX, Markdown or HTML");
    };
  }

  /** A cover letter in a format; {@link Format#MARKDOWN} and {@link Format#TEXT} give the same plain text. */
  public byte[] render(LetterDocument letter, Appearance appearance, Format format) {
    return switch (format) {
      case PDF -> PdfEngine.render(LetterHtml.write(letter, appearance, null), appearance, letter.language(),
          LetterHtml.title(letter), letter.sender().name(), LetterHtml.description(letter.language()));
      case DOCX -> DocxWriter.letter(letter, appearance);
      case MARKDOWN, TEXT -> MarkdownWriter.letter(letter).getBytes(StandardCharsets.UTF_8);
      case HTML -> LetterHtml.write(letter, appearance, null).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** The resume as a PDF: subset fonts embedded, links clickable, title, author and language set. */
  public byte[] pdf(ResumeDocument resume, Appearance appearance) {
    return PdfEngine.render(ResumeHtml.write(resume, appearance, null), appearance, resume.language(),
        ResumeHtml.title(resume), resume.name(), ResumeHtml.description(resume.language()));
  }

  /**
   * The resume as one HTML page for a live preview: the stylesheet inline, no script, nothing fetched but the fonts.
   *
   * @param fontBase the URL prefix a browser loads the bundled font files from ({@link Fonts#open}), such as
   *     {@code /api/v1/resumes/fonts/}; null names the families only
   */
  public String html(ResumeDocument resume, Appearance appearance, String fontBase) {
    return ResumeHtml.write(resume, appearance, fontBase);
  }

  /**
   * One page of a rendered PDF as a PNG: a preview image, or a template's thumbnail in a picker.
   *
   * @param pdf a PDF from this renderer
   * @param page the page, from 0
   * @param dpi the resolution; 80 gives an A4 page 661 pixels wide, 30 a thumbnail
   * @throws NoSuchPageException for a page the document does not have
   * @throws IllegalArgumentException for a resolution out of 10–300
   */
  public byte[] png(byte[] pdf, int page, float dpi) {
    checkResolution(dpi);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (page < 0 || page >= doc.getNumberOfPages()) {
        throw new NoSuchPageException(page, doc.getNumberOfPages());
      }
      return Images.png(new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One page of the resume's PDF as a PNG, drawn as {@link #png(byte[], int, float)} would from {@link #pdf}, but
   * without writing and reading the file: the preview that follows an editor's every change.
   *
   * @param page the page, from 0
   * @param dpi as for {@link #png(byte[], int, float)}
   * @throws NoSuchPageException for a page the document does not have
   * @throws IllegalArgumentException for a resolution out of 10–300
   */
  public byte[] png(ResumeDocument resume, Appearance appearance, int page, float dpi) {
    checkResolution(dpi);
    return Images.png(PdfEngine.image(ResumeHtml.write(resume, appearance, null), appearance, page, dpi));
  }

  private static void checkResolution(float dpi) {
    if (!(dpi >= 10 && dpi <= 300)) {
      throw new IllegalArgumentException("The resolution is 10 to 300 dpi, not " + dpi);
    }
  }

  /** A cover letter's HTML, as {@link #html(ResumeDocument, Appearance, String)}. */
  public String html(LetterDocument letter, Appearance appearance, String fontBase) {
    return LetterHtml.write(letter, appearance, fontBase);
  }
}
