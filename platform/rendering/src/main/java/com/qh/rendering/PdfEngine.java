package com.qh.rendering;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * XHTML to PDF through openhtmltopdf on PDFBox 3. Fonts are the bundled ones only, embedded as subsets; their
 * metrics are parsed once per JVM and kept (openhtmltopdf's font-metrics cache), so a warm render lays text out
 * without reading a font file and opens only the faces it draws with. Nothing outside the document is ever loaded.
 */
final class PdfEngine {

  /** Font metrics by face, shared by every render: they never change, and parsing them is most of a cold render. */
  private static final FSCacheEx<String, FSCacheValue> METRICS = new FSDefaultCacheStore();

  static {
    // openhtmltopdf logs each render through java.util.logging at INFO; the services log their own outcome.
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
  }

  /**
   * Sets of parsed faces, each used by one render at a time. Parsing a Noto face takes ~10 ms, most of a page's
   * render; a parsed TrueTypeFont reads its tables lazily from one buffer, so renders never share one at the same
   * time. A pool rather than a thread-local: with virtual threads every request has a new thread, and the pool holds
   * only as many sets as renders ever ran at once.
   */
  private static final Deque<Map<Fonts.Face, TrueTypeFont>> POOL = new ConcurrentLinkedDeque<>();

  private PdfEngine() {
  }

  /**
   * The font with its GSUB table hidden (its tag renamed in the table directory of a copy). PDFBox 3 applies GSUB
   * ligatures on every {@code showText} by building regular expressions each time: over half of a page's render went
   * there. Latin and Cyrillic need no substitution, and without ligatures the PDF's text extracts letter for letter
   * ("fi" stays two letters for a parser). The embedded subset never carried GSUB anyway.
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    byte[] copy = font.clone();
    int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
        copy[at] = 'g';
        copy[at + 1] = 's';
        copy[at + 2] = 'u';
        copy[at + 3] = 'b';
      }
    }
    return copy;
  }

  /** Embeds a face in a document only when the layout first draws with it, from this render's parsed set. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument pdf;
    private final Map<Fonts.Face, TrueTypeFont> parsed;
    private final Fonts.Face face;
    private PDFont font;

    LazyFont(PDDocument pdf, Map<Fonts.Face, TrueTypeFont> parsed, Fonts.Face face) {
      super(null);
      this.pdf = pdf;
      this.parsed = parsed;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          TrueTypeFont ttf = parsed.get(face);
          if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(withoutGlyphSubstitution(Fonts.bytes(face))));
            parsed.put(face, ttf);
          }
          font = PDType0Font.load(pdf, ttf, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }

    /** Writes the face's subset of the glyphs drawn, as saving does; nothing for a face never drawn with. */
    void subset() throws IOException {
      if (font != null) {
        font.subset();
      }
    }
  }

  /**
   * The PDF of a document written by {@link ResumeHtml} or {@link LetterHtml}.
   *
   * @param subject the document information's subject ("Резюме", "Cover letter")
   */
  static byte[] render(String xhtml, Appearance a, Language language, String title, String author,
                       String subject) {
    return laidOut(xhtml, a, true, (pdf, fonts) -> {
      pdf.getDocumentCatalog().setLanguage(language.tag());
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      info.setSubject(subject);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      pdf.save(out);
      return out.toByteArray();
    });
  }

  /**
   * One page of the document as an image, drawn from the laid-out PDF in memory: what {@link #render} would give,
   * less the work a file needs and a picture does not (the structure tree for screen readers, writing and parsing
   * the file). The faces are subset first, as saving would, so the page draws with the document's own glyphs.
   *
   * @throws NoSuchPageException for a page the document does not have
   */
  static BufferedImage image(String xhtml, Appearance a, int page, float dpi) {
    return laidOut(xhtml, a, false, (pdf, fonts) -> {
      if (page < 0 || page >= pdf.getNumberOfPages()) {
        throw new NoSuchPageException(page, pdf.getNumberOfPages());
      }
      for (LazyFont font : fonts) {
        font.subset();
      }
      return new PDFRenderer(pdf).renderImageWithDPI(page, dpi, ImageType.RGB);
    });
  }

  /** What is done with a laid-out document before its faces go back to the pool. */
  private interface Finish<T> {
    T apply(PDDocument pdf, List<LazyFont> fonts) throws IOException;
  }

  private static <T> T laidOut(String xhtml, Appearance a, boolean tagged, Finish<T> finish) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    // Tagged (PDF/UA structure: headings, paragraphs, lists, table cells) for screen readers and parsers; it costs
    // about a quarter more time, well inside the budget.
    builder.usePdfUaAccessibility(tagged);
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
    PDDocument pdf = new PDDocument();
    builder.usePDDocument(pdf);
    Map<Fonts.Face, TrueTypeFont> pooled = POOL.pollFirst();
    Map<Fonts.Face, TrueTypeFont> parsed = pooled != null ? pooled : new HashMap<>();
    List<LazyFont> fonts = new ArrayList<>();
    for (Fonts.Face face : Fonts.stackFaces(a.fontFamily())) {
      LazyFont font = new LazyFont(pdf, parsed, face);
      fonts.add(font);
      builder.useFont(font, face.family(), face.bold() ? 700 : 400,
          face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
    }
    // Nothing outside the document: the only resource it may name is the photo, inline as a data: URI.
    builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.withProducer("QH");
    builder.withHtmlContent(xhtml, null);
    try (pdf; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFWithoutClosing();
      return finish.apply(pdf, fonts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // Back only when done: subsetting (at save, or before drawing) still reads the faces.
      POOL.offerFirst(parsed);
    }
  }
}
