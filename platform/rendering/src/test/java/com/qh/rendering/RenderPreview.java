package com.qh.rendering;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every template in both languages to a folder, to be looked at: {@code RenderPreview <dir>}. */
final class RenderPreview {

  private RenderPreview() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/qh/render");
    Files.createDirectories(dir);
    DocumentRenderer renderer = new DocumentRenderer();
    for (String t : Templates.ids()) {
      for (ResumeDocument d : new ResumeDocument[] {Fixtures.seniorBackendLeadRu(), Fixtures.productDesignerEn()}) {
        String name = t + "-" + d.language().tag();
        Files.write(dir.resolve(name + ".pdf"), renderer.pdf(d, Appearance.of(t)));
        Files.writeString(dir.resolve(name + ".html"), renderer.html(d, Appearance.of(t), null));
      }
    }
    Files.write(dir.resolve("letter-ru.pdf"), renderer.render(Fixtures.letterRu(), Appearance.of("classic"),
        Format.PDF));
    Files.write(dir.resolve("letter-en.pdf"), renderer.render(Fixtures.letterEn(), Appearance.of("classic"),
        Format.PDF));
    Files.write(dir.resolve("classic-ru.docx"), renderer.render(Fixtures.seniorBackendLeadRu(),
        Appearance.of("classic"), Format.DOCX));
    Files.write(dir.resolve("classic-ru.md"), renderer.render(Fixtures.seniorBackendLeadRu(),
        Appearance.of("classic"), Format.MARKDOWN));
  }
}
