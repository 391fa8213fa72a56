package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Render times for docs/benchmarks.md, printed, never asserted: one warm thread, p50 and p99 over many renders, and
 * headless Chromium printing the very same HTML to PDF in the same run. Runs only when asked:
 * {@code ./mvnw -pl platform/rendering test -Dtest=RenderingBenchmark -Dbench=true}. The last column is the rendering
 * thread's CPU time, which other work on the machine does not inflate as it does wall time.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RenderingBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final DocumentRenderer renderer = new DocumentRenderer();

  @Test
  void printsRenderTimes() throws Exception {
    ResumeDocument onePage = Fixtures.productDesignerEn();
    ResumeDocument twoPages = Fixtures.seniorBackendLeadRu();
    Appearance classic = Appearance.of("classic");
    Appearance modern = Appearance.of("modern");
    List<String> rows = new ArrayList<>();
    rows.add(time("PDF, 1 page (classic, en)", () -> renderer.pdf(onePage, classic)));
    rows.add(time("PDF, 1 page (modern, en)", () -> renderer.pdf(onePage, modern)));
    rows.add(time("PDF, 2 pages (classic, ru)", () -> renderer.pdf(twoPages, classic)));
    rows.add(time("PDF, 2 pages (modern, ru)", () -> renderer.pdf(twoPages, modern)));
    Appearance academic = Appearance.of("academic");
    Appearance bold = Appearance.of("bold");
    rows.add(time("PDF, 1 page (academic, en)", () -> renderer.pdf(onePage, academic)));
    rows.add(time("PDF, 1 page (bold, en)", () -> renderer.pdf(onePage, bold)));
    rows.add(time("PDF, 2 pages (academic, ru)", () -> renderer.pdf(twoPages, academic)));
    rows.add(time("PDF, 2 pages (bold, ru)", () -> renderer.pdf(twoPages, bold)));
    ResumeDocument researcher = SampleResumes.researcher(Language.EN);
    rows.add(time("PDF, 1 page, academic CV sample (academic, en)", () -> renderer.pdf(researcher, academic)));
    ResumeDocument withPhoto = SampleResumes.engineer(Language.EN);
    rows.add(time("PDF, 1 page with photo (bold, en sample)", () -> renderer.pdf(withPhoto, bold)));
    rows.add(time("DOCX, 2 pages (bold, ru)", () -> renderer.render(twoPages, bold, Format.DOCX)));
    rows.add(time("DOCX, 1 page with photo (bold, en sample)", () -> renderer.render(withPhoto, bold, Format.DOCX)));
    rows.add(time("HTML preview (bold, ru)", () -> renderer.html(twoPages, bold, "/fonts/")));
    rows.add(time("PDF, letter (classic, ru)",
        () -> renderer.render(Fixtures.letterRu(), classic, Format.PDF)));
    rows.add(time("DOCX, 2 pages (classic, ru)", () -> renderer.render(twoPages, classic, Format.DOCX)));
    rows.add(time("HTML preview (modern, ru)", () -> renderer.html(twoPages, modern, "/fonts/")));
    rows.add(time("Markdown (ru)", () -> renderer.render(twoPages, classic, Format.MARKDOWN)));
    byte[] modernPdf = renderer.pdf(twoPages, modern);
    rows.add(time("PNG of page 1 at 80 dpi (modern, ru)", () -> renderer.png(modernPdf, 0, 80)));
    rows.add(time("Preview: PDF laid out and page 1 drawn in memory at 80 dpi (modern, ru)",
        () -> renderer.png(twoPages, modern, 0, 80)));
    rows.add(time("PDFBox alone: 60 lines in 3 subset faces", RenderingBenchmark::pdfboxFloor));
    Path chromium = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(chromium) && !Boolean.getBoolean("bench.noChromium")) {
      rows.add(chromium("Chromium --print-to-pdf, 1 page (classic, en)", chromium, onePage, classic));
      rows.add(chromium("Chromium --print-to-pdf, 2 pages (classic, ru)", chromium, twoPages, classic));
    }
    System.out.println("\n| what | p50 ms | p99 ms | runs | CPU p50 ms |\n|---|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
    assertThat(rows).isNotEmpty();
  }

  private static String time(String what, Supplier<Object> render) {
    int runs = Integer.getInteger("bench.runs", 400);
    for (int i = 0; i < runs; i++) {
      render.get();
    }
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      render.get();
      nanos[i] = System.nanoTime() - start;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
    Arrays.sort(cpu);
    return row(what, nanos) + String.format(Locale.ROOT, " %.1f |", cpu[runs / 2] / 1e6);
  }

  /** Chromium started per document, as Reactive Resume's printer does, on a file: no network. */
  private static String chromium(String what, Path chromium, ResumeDocument d, Appearance a) throws Exception {
    Path dir = Files.createTempDirectory("qh-chromium");
    Path html = dir.resolve("resume.html");
    // The fonts beside the page, so Chromium lays it out in the same faces the PDF engine uses.
    for (Fonts.Face f : Fonts.faces(a.fontFamily())) {
      Files.write(dir.resolve(f.file()), Fonts.bytes(f));
    }
    Files.writeString(html, new DocumentRenderer().html(d, a, ""));
    int runs = 7;
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      Path pdf = dir.resolve("out-" + i + ".pdf");
      long start = System.nanoTime();
      Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("log-" + i).toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("Chromium did not finish");
      }
      nanos[i] = System.nanoTime() - start;
      assertThat(pdf).exists();
    }
    return row(what, nanos) + " – |";
  }

  private static Object pdfboxFloor() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      List<PDType0Font> fonts = new ArrayList<>();
      for (Fonts.Face f : Fonts.faces("Noto Serif").subList(0, 3)) {
        fonts.add(PDType0Font.load(doc, new ByteArrayInputStream(Fonts.bytes(f)), true));
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.newLineAtOffset(50, 800);
        for (int i = 0; i < 60; i++) {
          cs.setFont(fonts.get(i % 3), 10);
          cs.showText("Строка " + i + ": Ведущий разработчик, тимлид платёжного шлюза — Java, Kafka");
          cs.newLineAtOffset(0, -12);
        }
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String row(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double p50 = sorted[sorted.length / 2] / 1e6;
    double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
    return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d |", what, p50, p99, sorted.length);
  }
}
