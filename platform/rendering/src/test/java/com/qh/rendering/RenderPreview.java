package com.qh.rendering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes every template in both languages to a folder, as PDF, HTML and PNG pages, to be looked at:
 * {@code RenderPreview <dir> [dpi]}. Besides the test fixtures it draws the built-in samples (with their photo) and
 * the picker's thumbnails.
 */
final class RenderPreview {

  private RenderPreview() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/qh/render");
    float dpi = args.length > 1 ? Float.parseFloat(args[1]) : 60;
    Files.createDirectories(dir);
    DocumentRenderer renderer = new DocumentRenderer();
    for (String t : Templates.ids()) {
      Map<String, ResumeDocument> docs = Map.of(
          "ru", Fixtures.seniorBackendLeadRu(), "en", Fixtures.productDesignerEn(),
          "sample-ru", SampleResumes.forTemplate(t, Language.RU), "sample-en", SampleResumes.forTemplate(t, Language.EN),
          "academic-en", SampleResumes.researcher(Language.EN));
      for (Map.Entry<String, ResumeDocument> d : docs.entrySet()) {
        String name = t + "-" + d.getKey();
        byte[] pdf = renderer.pdf(d.getValue(), Appearance.of(t));
        Files.write(dir.resolve(name + ".pdf"), pdf);
        Files.writeString(dir.resolve(name + ".html"), renderer.html(d.getValue(), Appearance.of(t), null));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
          for (int page = 0; page < doc.getNumberOfPages(); page++) {
            Files.write(dir.resolve(name + "-" + (page + 1) + ".png"), renderer.png(pdf, page, dpi));
          }
        }
      }
      Files.write(dir.resolve(t + "-thumb-en.png"), Templates.thumbnail(t, Language.EN));
      // The README's picture of the template (docs/<id>-en.png): the English sample on A4 at 80 dpi.
      byte[] sample = renderer.pdf(SampleResumes.forTemplate(t, Language.EN), Appearance.of(t));
      Files.write(dir.resolve("docs-" + t + "-en.png"), renderer.png(sample, 0, 80));
      byte[] letter = renderer.render(Fixtures.letterRu(), Appearance.of(t), Format.PDF);
      Files.write(dir.resolve("letter-" + t + "-ru.png"), renderer.png(letter, 0, dpi));
    }
    Files.write(dir.resolve("letter-ru.pdf"), renderer.render(Fixtures.letterRu(), Appearance.of("classic"),
        Format.PDF));
    Files.write(dir.resolve("letter-en.pdf"), renderer.render(Fixtures.letterEn(), Appearance.of("classic"),
        Format.PDF));
    Files.write(dir.resolve("classic-ru.docx"), renderer.render(Fixtures.seniorBackendLeadRu(),
        Appearance.of("classic"), Format.DOCX));
    Files.write(dir.resolve("bold-sample-en.docx"), renderer.render(SampleResumes.engineer(Language.EN),
        Appearance.of("bold"), Format.DOCX));
    Files.write(dir.resolve("classic-ru.md"), renderer.render(Fixtures.seniorBackendLeadRu(),
        Appearance.of("classic"), Format.MARKDOWN));
  }
}
