package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders share parsed fonts and the metrics cache; many at once must each come out whole. */
class ConcurrentRenderTest {

  @Test
  void rendersManyResumesAtOnceEachComplete() throws Exception {
    DocumentRenderer renderer = new DocumentRenderer();
    List<Future<byte[]>> pdfs = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 24; i++) {
        ResumeDocument resume = i % 2 == 0 ? Fixtures.seniorBackendLeadRu() : Fixtures.productDesignerEn();
        String template = Templates.ids().get(i % Templates.ids().size());
        pdfs.add(pool.submit(() -> renderer.pdf(resume, Appearance.of(template))));
      }
      for (int i = 0; i < pdfs.size(); i++) {
        ResumeDocument resume = i % 2 == 0 ? Fixtures.seniorBackendLeadRu() : Fixtures.productDesignerEn();
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(i).get())) {
          String text = Facts.normal(new PDFTextStripper().getText(pdf));
          Facts.inReadingOrder(resume, false).forEach(f -> assertThat(text).contains(Facts.normal(f)));
        }
      }
    }
  }
}
