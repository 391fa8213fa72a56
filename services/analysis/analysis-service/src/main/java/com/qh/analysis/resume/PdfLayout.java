package com.qh.analysis.resume;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text in reading order, read with PDFBox directly rather than through Tika's PDF parser: the glyphs of a
 * page are grouped into lines by their baseline and split where a gap is wider than a few letters; a vertical
 * band that almost no line crosses, with text on both sides, is a gutter, and then the page is read as the lines
 * above the columns (the name), the left column, the right column and what lies below. PDFBox's own sorting reads
 * a two-column page row by row, mixing a sidebar's skills into the jobs beside them; the content stream's order
 * is whatever the generator wrote.
 */
final class PdfLayout {

    /** Share of the page height at the top and bottom read as running header and footer. */
    private static final double MARGIN = 0.055;

    private PdfLayout() {
    }

    static ResumeText read(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            Collector collector = new Collector();
            collector.setSortByPosition(false);
            collector.setShouldSeparateByBeads(false);
            collector.getText(document);
            Map<String, ResumeText.Font> fonts = new LinkedHashMap<>();
            int images = 0;
            int imagePages = 0;
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                int pageImages = resources(page.getResources(), fonts, 0);
                images += pageImages;
                if (pageImages > 0 && collector.glyphsOnPage.getOrDefault(i + 1, 0) == 0) {
                    imagePages++;
                }
            }
            return new ResumeText("application/pdf", collector.lines, document.getNumberOfPages(),
                    collector.columns, images, List.copyOf(fonts.values()), collector.margins, imagePages);
        }
    }

    /** Fonts and images of a page, looking into form objects (a few levels: forms can nest or loop). */
    private static int resources(PDResources resources, Map<String, ResumeText.Font> fonts, int depth)
            throws IOException {
        if (resources == null || depth > 4) {
            return 0;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null) {
                String fontName = font.getName() == null ? name.getName() : font.getName();
                fonts.merge(fontName, new ResumeText.Font(fontName, font.isEmbedded()),
                        (a, b) -> a.embedded() ? b : a);
            }
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image && image.getWidth() > 32 && image.getHeight() > 32) {
                images++;
            }
            else if (object instanceof PDFormXObject form) {
                images += resources(form.getResources(), fonts, depth + 1);
            }
        }
        return images;
    }

    /** A run of glyphs on one line with no wide gap inside. */
    private record Segment(float x0, float x1, float y, float size, String text) {
    }

    private static final class Collector extends PDFTextStripper {

        final List<String> lines = new ArrayList<>();
        final List<String> margins = new ArrayList<>();
        final Map<Integer, Integer> glyphsOnPage = new LinkedHashMap<>();
        int columns = 1;

        Collector() throws IOException {
        }

        @Override
        protected void writePage() {
            List<TextPosition> glyphs = new ArrayList<>();
            for (List<TextPosition> article : charactersByArticle) {
                glyphs.addAll(article);
            }
            glyphsOnPage.put(getCurrentPageNo(), glyphs.size());
            if (glyphs.isEmpty()) {
                return;
            }
            float pageHeight = glyphs.get(0).getPageHeight();
            float pageWidth = glyphs.get(0).getPageWidth();
            List<Segment> segments = segments(glyphs);
            List<Segment> body = new ArrayList<>();
            for (Segment s : segments) {
                if (s.y() < pageHeight * MARGIN || s.y() > pageHeight * (1 - MARGIN)) {
                    margins.add(s.text());
                }
                body.add(s);
            }
            float gutter = gutter(body, pageWidth);
            if (Float.isNaN(gutter)) {
                lines.addAll(joinLines(body));
                return;
            }
            columns = Math.max(columns, 2);
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (Segment s : body) {
                if (s.x1() < gutter || s.x0() > gutter) {
                    top = Math.min(top, s.y());
                    bottom = Math.max(bottom, s.y());
                }
            }
            List<Segment> above = new ArrayList<>();
            List<Segment> left = new ArrayList<>();
            List<Segment> right = new ArrayList<>();
            List<Segment> below = new ArrayList<>();
            for (Segment s : body) {
                boolean crosses = s.x0() < gutter && s.x1() > gutter;
                if (crosses && s.y() < top) {
                    above.add(s);
                }
                else if (crosses && s.y() > bottom) {
                    below.add(s);
                }
                else if (s.x0() + s.x1() < 2 * gutter) {
                    left.add(s);
                }
                else {
                    right.add(s);
                }
            }
            lines.addAll(joinLines(above));
            lines.addAll(joinLines(left));
            lines.addAll(joinLines(right));
            lines.addAll(joinLines(below));
        }

        /** Glyphs grouped into lines by baseline, then split at gaps wider than about two letters. */
        private static List<Segment> segments(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            List<List<TextPosition>> rows = new ArrayList<>();
            List<TextPosition> row = new ArrayList<>();
            float rowY = Float.NaN;
            for (TextPosition g : sorted) {
                float tolerance = Math.max(1.5f, g.getHeightDir() * 0.45f);
                if (!row.isEmpty() && Math.abs(g.getYDirAdj() - rowY) > tolerance) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                if (row.isEmpty()) {
                    rowY = g.getYDirAdj();
                }
                row.add(g);
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            List<Segment> segments = new ArrayList<>();
            for (List<TextPosition> r : rows) {
                r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                float x0 = Float.NaN;
                float end = Float.NaN;
                float size = 0;
                boolean space = false;
                for (TextPosition g : r) {
                    String unicode = g.getUnicode();
                    if (unicode == null) {
                        continue;
                    }
                    // Some generators map a glyph to text with tabs or spaces around it: they mean word breaks.
                    unicode = unicode.replaceAll("[\\x00-\\x1f\\u00a0]", " ");
                    boolean spaceAfter = unicode.endsWith(" ") && !unicode.isBlank();
                    if (unicode.startsWith(" ") && !unicode.isBlank()) {
                        space = true;
                    }
                    unicode = unicode.isBlank() ? unicode : unicode.strip();
                    if (unicode.isBlank()) {
                        // A space glyph only says "a word ends here"; its position and width are often odd
                        // (generators draw runs of them to push text right), so gaps are measured between letters.
                        space = true;
                        continue;
                    }
                    float em = Math.max(g.getFontSizeInPt(), 4f);
                    float gap = Float.isNaN(end) ? 0 : g.getXDirAdj() - end;
                    if (!Float.isNaN(end) && gap > em * 1.6f && !text.isEmpty()) {
                        segments.add(new Segment(x0, end, r.get(0).getYDirAdj(), size, text.toString().strip()));
                        text.setLength(0);
                        x0 = Float.NaN;
                    }
                    else if (!text.isEmpty() && (space || gap > em * 0.18f)) {
                        text.append(' ');
                    }
                    space = false;
                    if (Float.isNaN(x0)) {
                        x0 = g.getXDirAdj();
                    }
                    text.append(unicode);
                    end = Math.max(Float.isNaN(end) ? 0 : end, g.getXDirAdj() + g.getWidthDirAdj());
                    size = Math.max(size, em);
                    space = spaceAfter;
                }
                if (!text.toString().isBlank()) {
                    segments.add(new Segment(x0, end, r.get(0).getYDirAdj(), size, text.toString().strip()));
                }
            }
            return segments;
        }

        /**
         * The x of a gutter: the middle of the widest band in the middle 60% of the page that at most a few
         * segments cross while at least five lie wholly on each side; NaN when there is none.
         */
        private static float gutter(List<Segment> segments, float pageWidth) {
            if (segments.size() < 10) {
                return Float.NaN;
            }
            int step = 2;
            int from = (int) (pageWidth * 0.2f);
            int to = (int) (pageWidth * 0.8f);
            int allowed = Math.max(2, segments.size() / 12);
            float best = Float.NaN;
            int bestWidth = 0;
            int runStart = -1;
            for (int x = from; x <= to + step; x += step) {
                boolean open = x <= to && crossing(segments, x) <= allowed;
                if (open && runStart < 0) {
                    runStart = x;
                }
                else if (!open && runStart >= 0) {
                    int width = x - runStart;
                    float middle = runStart + (width - step) / 2f;
                    if (width > bestWidth && width >= 10 && sides(segments, middle)) {
                        bestWidth = width;
                        best = middle;
                    }
                    runStart = -1;
                }
            }
            return best;
        }

        private static int crossing(List<Segment> segments, float x) {
            int n = 0;
            for (Segment s : segments) {
                if (s.x0() < x && s.x1() > x) {
                    n++;
                }
            }
            return n;
        }

        /**
         * Whether both sides of a gutter hold a column: five segments at least on each, and neither side made mostly
         * of dates (a right-aligned date beside each job title is one column with a gap, not two columns).
         */
        private static boolean sides(List<Segment> segments, float gutter) {
            int left = 0;
            int right = 0;
            int leftDates = 0;
            int rightDates = 0;
            for (Segment s : segments) {
                boolean date = isDate(s.text());
                if (s.x1() < gutter) {
                    left++;
                    leftDates += date ? 1 : 0;
                }
                else if (s.x0() > gutter) {
                    right++;
                    rightDates += date ? 1 : 0;
                }
            }
            return left >= 5 && right >= 5 && leftDates * 2 < left && rightDates * 2 < right;
        }

        private static boolean isDate(String text) {
            Dates.Range range = Dates.range(text);
            String rest = range == null ? text : text.substring(0, range.from()) + text.substring(range.to());
            return (range != null || Dates.hasDate(text)) && rest.replaceAll("[^\\p{L}]", "").length() < 4;
        }

        /** Segments of one region as text lines, top to bottom, segments of a row joined by a tab. */
        private static List<String> joinLines(List<Segment> segments) {
            List<Segment> sorted = new ArrayList<>(segments);
            sorted.sort(Comparator.comparingDouble(Segment::y).thenComparingDouble(Segment::x0));
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float y = Float.NaN;
            for (Segment s : sorted) {
                if (!Float.isNaN(y) && Math.abs(s.y() - y) < Math.max(1.5f, s.size() * 0.45f)) {
                    line.append('\t').append(s.text());
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                }
                line.setLength(0);
                line.append(s.text());
                y = s.y();
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }
    }
}
