/**
 * Resumes and cover letters as PDF, DOCX, Markdown and HTML.
 *
 * <p>Callers fill a {@link com.qh.rendering.ResumeDocument} or a {@link com.qh.rendering.LetterDocument} with text
 * that is already chosen and formatted (dates through {@link com.qh.rendering.DateRanges}), pick an
 * {@link com.qh.rendering.Appearance}, and ask a {@link com.qh.rendering.DocumentRenderer} for a format. One XHTML
 * template per design is both the HTML preview and, through openhtmltopdf on PDFBox, the PDF; DOCX and Markdown are
 * written from the same model. The fonts (Noto Sans and Serif, PT Sans and Serif, Carlito; full Cyrillic; open
 * licences) are in the jar. {@link com.qh.rendering.Templates#thumbnail} draws a template picker's pictures from
 * {@link com.qh.rendering.SampleResumes}.
 */
package com.qh.rendering;
