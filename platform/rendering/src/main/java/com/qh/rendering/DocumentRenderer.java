package com.qh.rendering;

import java.nio.charset.StandardCharsets;

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
          LetterHtml.title(letter), letter.sender().name(),
          letter.language() == Language.RU ? "Сопроводительное письмо" : "Cover letter");
      case DOCX -> DocxWriter.letter(letter, appearance);
      case MARKDOWN, TEXT -> MarkdownWriter.letter(letter).getBytes(StandardCharsets.UTF_8);
      case HTML -> LetterHtml.write(letter, appearance, null).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** The resume as a PDF: subset fonts embedded, links clickable, title, author and language set. */
  public byte[] pdf(ResumeDocument resume, Appearance appearance) {
    return PdfEngine.render(ResumeHtml.write(resume, appearance, null), appearance, resume.language(),
        ResumeHtml.title(resume), resume.name(), resume.language() == Language.RU ? "Резюме" : "Resume");
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

  /** A cover letter's HTML, as {@link #html(ResumeDocument, Appearance, String)}. */
  public String html(LetterDocument letter, Appearance appearance, String fontBase) {
    return LetterHtml.write(letter, appearance, fontBase);
  }
}
