package com.qh.analysis.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Renders the test resumes from their source text into the files users upload: PDF (one or two columns, with
 * PDFBox and the Liberation Sans font PDFBox ships, which has Cyrillic), DOCX (with POI; two columns as a table),
 * RTF, ODT and plain text. The markup: {@code # Name}, {@code ## Heading}, {@code - bullet},
 * {@code left >> right} (right-aligned), anything else a paragraph.
 */
final class Renderer {

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 50;

    private Renderer() {
    }

    /** One laid-out line of a PDF. */
    private record Placed(int page, float x, float y, float size, String text) {
    }

    static byte[] pdf(String text) {
        List<Placed> placed = new ArrayList<>();
        float[] cursor = {PAGE_H - MARGIN};
        int[] page = {0};
        layout(text, MARGIN, PAGE_W - MARGIN, cursor, page, placed, true);
        return writePdf(placed, page[0] + 1, false);
    }

    /**
     * A two-column page: {@code top} across the page, {@code sidebar} on the left third, {@code main} on the right.
     * The lines are written to the content stream row by row across both columns, as many generators do, so
     * that only a reader that finds the columns reads them in order.
     */
    static byte[] pdfTwoColumns(String top, String sidebar, String main) {
        List<Placed> placed = new ArrayList<>();
        float[] cursor = {PAGE_H - MARGIN};
        int[] page = {0};
        layout(top, MARGIN, PAGE_W - MARGIN, cursor, page, placed, true);
        float columnsTop = cursor[0] - 6;
        float[] left = {columnsTop};
        int[] leftPage = {page[0]};
        layout(sidebar, MARGIN, 195, left, leftPage, placed, true);
        float[] right = {columnsTop};
        int[] rightPage = {page[0]};
        layout(main, 225, PAGE_W - MARGIN, right, rightPage, placed, true);
        placed.sort((a, b) -> a.page() != b.page() ? Integer.compare(a.page(), b.page())
                : Float.compare(b.y(), a.y()));
        return writePdf(placed, Math.max(leftPage[0], rightPage[0]) + 1, true);
    }

    private static void layout(String text, float x0, float x1, float[] y, int[] page, List<Placed> out,
            boolean wrap) {
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            float size = 10;
            String content = line;
            float before = 0;
            if (line.startsWith("# ")) {
                size = 18;
                content = line.substring(2);
            }
            else if (line.startsWith("## ")) {
                size = 12.5f;
                content = line.substring(3).toUpperCase(java.util.Locale.ROOT);
                before = 8;
            }
            else if (line.startsWith("- ")) {
                content = "• " + line.substring(2);
            }
            else if (line.isEmpty()) {
                y[0] -= 5;
                continue;
            }
            y[0] -= before;
            String right = null;
            int split = content.indexOf(" >> ");
            if (split >= 0) {
                right = content.substring(split + 4);
                content = content.substring(0, split);
            }
            float width = x1 - x0 - (right == null ? 0 : width(right, size) + 12);
            List<String> wrapped = wrap ? wrap(content, size, width) : List.of(content);
            for (int i = 0; i < wrapped.size(); i++) {
                if (y[0] < MARGIN + size) {
                    page[0]++;
                    y[0] = PAGE_H - MARGIN;
                }
                y[0] -= size * 1.35f;
                float indent = i > 0 && content.startsWith("• ") ? 9 : 0;
                out.add(new Placed(page[0], x0 + indent, y[0], size, wrapped.get(i)));
                if (i == 0 && right != null) {
                    out.add(new Placed(page[0], x1 - width(right, size), y[0], size, right));
                }
            }
        }
    }

    private static float width(String text, float size) {
        try {
            return FONT_METRICS.getStringWidth(text) / 1000 * size;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final PDType0Font FONT_METRICS = loadFont(new PDDocument());

    private static PDType0Font loadFont(PDDocument document) {
        try (InputStream in = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, in, true);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] writePdf(List<Placed> placed, int pages, boolean sidebarShade) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(document);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    if (sidebarShade) {
                        stream.setNonStrokingColor(0.93f, 0.94f, 0.97f);
                        stream.addRect(MARGIN - 10, MARGIN, 195 - MARGIN + 20, PAGE_H - 2 * MARGIN - 60);
                        stream.fill();
                        stream.setNonStrokingColor(0f, 0f, 0f);
                    }
                    for (Placed line : placed) {
                        if (line.page() != p) {
                            continue;
                        }
                        stream.beginText();
                        stream.setFont(font, line.size());
                        stream.newLineAtOffset(line.x(), line.y());
                        stream.showText(line.text());
                        stream.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String text) {
        return docx(null, null, text);
    }

    /** A DOCX; with a sidebar, the sidebar and the main text are the two cells of a borderless table. */
    static byte[] docx(String top, String sidebar, String main) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (top != null) {
                paragraphs(top, document.createParagraph(), document::createParagraph);
            }
            if (sidebar == null) {
                paragraphs(main, document.createParagraph(), document::createParagraph);
            }
            else {
                XWPFTable table = document.createTable(1, 2);
                table.removeBorders();
                XWPFTableCell left = table.getRow(0).getCell(0);
                XWPFTableCell right = table.getRow(0).getCell(1);
                left.setWidth("30%");
                right.setWidth("70%");
                paragraphs(sidebar, left.getParagraphs().get(0), left::addParagraph);
                paragraphs(main, right.getParagraphs().get(0), right::addParagraph);
            }
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraphs(String text, XWPFParagraph first, java.util.function.Supplier<XWPFParagraph> more) {
        XWPFParagraph paragraph = first;
        boolean used = false;
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (used) {
                paragraph = more.get();
            }
            used = true;
            XWPFRun run = paragraph.createRun();
            if (line.startsWith("# ")) {
                run.setBold(true);
                run.setFontSize(18);
                run.setText(line.substring(2));
            }
            else if (line.startsWith("## ")) {
                run.setBold(true);
                run.setFontSize(13);
                run.setText(line.substring(3));
            }
            else {
                String content = line.startsWith("- ") ? "• " + line.substring(2) : line;
                int split = content.indexOf(" >> ");
                if (split >= 0) {
                    run.setText(content.substring(0, split));
                    run.addTab();
                    run.setText(content.substring(split + 4));
                }
                else {
                    run.setText(content);
                }
            }
        }
    }

    static byte[] txt(String text, Charset charset) {
        StringBuilder out = new StringBuilder();
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            if (line.startsWith("# ")) {
                line = line.substring(2);
            }
            else if (line.startsWith("## ")) {
                line = "\n" + line.substring(3).toUpperCase(java.util.Locale.ROOT);
            }
            line = line.replace(" >> ", "    ");
            out.append(line).append("\r\n");
        }
        return out.toString().getBytes(charset);
    }

    static byte[] rtf(String text) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n");
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            if (line.startsWith("# ")) {
                out.append("{\\b\\fs36 ").append(escape(line.substring(2))).append("}\\par\n");
            }
            else if (line.startsWith("## ")) {
                out.append("{\\b\\fs26 ").append(escape(line.substring(3))).append("}\\par\n");
            }
            else if (!line.isEmpty()) {
                String content = line.startsWith("- ") ? "\u2022 " + line.substring(2) : line;
                out.append(escape(content).replace(" >> ", "\\tab ")).append("\\par\n");
            }
        }
        return out.append("}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            }
            else if (c > 127) {
                b.append("\\u").append((int) (short) c).append('?');
            }
            else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static byte[] odt(String text) {
        StringBuilder body = new StringBuilder();
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                body.append("<text:h text:outline-level=\"2\">").append(xml(line.substring(3))).append("</text:h>");
            }
            else if (line.startsWith("# ")) {
                body.append("<text:h text:outline-level=\"1\">").append(xml(line.substring(2))).append("</text:h>");
            }
            else {
                String content = line.startsWith("- ") ? "• " + line.substring(2) : line;
                body.append("<text:p>").append(xml(content).replace(" &gt;&gt; ", "<text:tab/>")).append("</text:p>");
            }
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
