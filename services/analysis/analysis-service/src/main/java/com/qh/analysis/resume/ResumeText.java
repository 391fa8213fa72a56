package com.qh.analysis.resume;

import java.util.List;

/**
 * A resume file's text in reading order, one line per element, with what the file itself says about how it was
 * made: what the ATS check judges and the parser reads. Lines of a two-column page come column by column.
 *
 * @param mediaType the type read from the content ({@code application/pdf}, ...)
 * @param lines the text lines in reading order; a wide gap inside a line (a right-aligned date) is a tab
 * @param pages the page count (PDF), or 0 when the format has no pages
 * @param columns the most columns found on a page (PDF; 1 for other formats)
 * @param images embedded images (PDF pages' image objects; pictures of a DOCX)
 * @param fonts the fonts used and whether each is embedded (PDF only)
 * @param marginText text of the page margins or of the header and footer parts, where software that reads only
 *     the body may not look
 * @param imagePages pages with no text but an image (a scan)
 */
public record ResumeText(String mediaType, List<String> lines, int pages, int columns, int images,
        List<Font> fonts, List<String> marginText, int imagePages) {

    public ResumeText {
        lines = List.copyOf(lines);
        fonts = List.copyOf(fonts);
        marginText = List.copyOf(marginText);
    }

    /** A font of the document and whether its glyphs travel with the file. */
    public record Font(String name, boolean embedded) {
    }

    /** The text as one string, lines joined by newlines. */
    public String text() {
        return String.join("\n", lines);
    }

    /** Whether any letter or digit was read. */
    public boolean hasText() {
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                if (Character.isLetterOrDigit(line.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
