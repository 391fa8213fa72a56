package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOCX re-read with POI, Markdown without HTML, HTML that is well-formed and fetches nothing. */
class OtherFormatsTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  static Stream<Named<ResumeDocument>> resumes() {
    return Stream.of(Named.of("ru", Fixtures.seniorBackendLeadRu()), Named.of("en", Fixtures.productDesignerEn()),
        Named.of("academic ru", SampleResumes.researcher(Language.RU)),
        Named.of("academic en", SampleResumes.researcher(Language.EN)),
        Named.of("symbols", Fixtures.symbolsEverywhere()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void writesDocxWithWordHeadingStylesAndEveryFact(ResumeDocument resume) throws IOException {
    byte[] bytes = renderer.render(resume, Appearance.of("classic"), Format.DOCX);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
         XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      List<XWPFParagraph> paragraphs = docx.getParagraphs();
      assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
          .containsExactlyElementsOf(resume.sections().stream().map(ResumeDocument.Section::title).toList());
      assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
      // The first paragraph is the name, or the photo above it.
      XWPFParagraph title = paragraphs.get(resume.photo() == null ? 0 : 1);
      assertThat(title.getStyle()).isEqualTo("Title");
      assertThat(title.getText()).isEqualTo(resume.name());
      long bullets = resume.sections().stream().flatMap(s -> s.entries().stream())
          .mapToLong(e -> e.bullets().size()).sum();
      assertThat(paragraphs.stream().filter(p -> "ListBullet".equals(p.getStyle()))).hasSize((int) bullets);
      assertThat(paragraphs.stream().filter(p -> "ListBullet".equals(p.getStyle())))
          .allSatisfy(p -> assertThat(p.getNumID()).isNotNull());
      String text = Facts.normal(extractor.getText());
      Facts.inReadingOrder(resume, false).forEach(f -> assertThat(text).contains(Facts.normal(f)));
      assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(ResumeHtml.title(resume));
      assertThat(docx.getProperties().getCoreProperties().getCreator()).isEqualTo(resume.name());
    }
  }

  static Stream<Arguments> everyTemplateAndResume() {
    List<Arguments> cases = new ArrayList<>();
    for (String template : Templates.ids()) {
      resumes().forEach(r -> cases.add(Arguments.of(template, r)));
    }
    return cases.stream();
  }

  /**
   * Every template's DOCX is one flowing column of Word paragraphs: the sidebar's sections after the main ones,
   * section and entry headings in Heading styles, no text boxes, tables or section columns that a two-column design
   * might have been tempted into.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTemplateAndResume")
  void writesEveryTemplateAsOneColumnOfHeadingStyledParagraphs(String template, ResumeDocument resume)
      throws IOException {
    Appearance appearance = Appearance.of(template);
    byte[] bytes = renderer.render(resume, appearance, Format.DOCX);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
         XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      boolean sidebar = Templates.get(template).sidebar(appearance);
      List<String> sections = resume.sections().stream().filter(s -> !sidebar || !s.kind().isSide())
              .map(ResumeDocument.Section::title).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      if (sidebar) {
        resume.sections().stream().filter(s -> s.kind().isSide()).map(ResumeDocument.Section::title)
            .forEach(sections::add);
      }
      assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
          .map(XWPFParagraph::getText)).containsExactlyElementsOf(sections);
      List<String> entryTitles = resume.sections().stream()
          .filter(s -> s.kind() != ResumeDocument.SectionKind.SKILLS)
          .flatMap(s -> s.entries().stream()).map(ResumeDocument.Entry::title).toList();
      List<String> headings2 = docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
          .map(XWPFParagraph::getText).toList();
      entryTitles.forEach(t -> assertThat(headings2).anyMatch(h -> h.startsWith(t)));
      assertThat(docx.getTables()).as("tables").isEmpty();
      String xml = docx.getDocument().xmlText();
      assertThat(xml).doesNotContain("txbxContent").doesNotContain("<v:textbox").doesNotContain("wps:txbx")
          .doesNotContainPattern("w:cols [^>]*w:num=\"[2-9]\"");
      String text = Facts.normal(extractor.getText());
      Facts.inReadingOrder(resume, false).forEach(f -> assertThat(text).contains(Facts.normal(f)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void writesMarkdownWithoutHtml(ResumeDocument resume) {
    String md = new String(renderer.render(resume, Appearance.of("classic"), Format.MARKDOWN),
        StandardCharsets.UTF_8);
    assertThat(md).startsWith("# " + resume.name() + "\n");
    assertThat(md).doesNotContainPattern("(?<!\\\\)<[a-zA-Z/!]");
    resume.sections().forEach(s -> assertThat(md).contains("\n## " + s.title() + "\n"));
    String text = Facts.normal(md.replace("\\", ""));
    Facts.inReadingOrder(resume, false).forEach(f -> assertThat(text).contains(Facts.normal(f)));
    resume.contacts().stream().filter(c -> c.url() != null && c.url().startsWith("https:"))
        .forEach(c -> assertThat(md).contains("](" + c.url() + ")"));
  }

  @Test
  void listsPublicationsAndTalksInMarkdownAsNumberedReferences() {
    String md = new String(renderer.render(SampleResumes.researcher(Language.EN), Appearance.of("academic"),
        Format.MARKDOWN), StandardCharsets.UTF_8);
    assertThat(md).contains("## Publications\n\n1. Whitfield J., Okafor N. **Probing multilingual encoders for "
        + "shared semantic roles.** *Transactions of the ACL, vol. 12, 2024.* "
        + "[doi.org/10.1162/tacl\\_a\\_00612](https://doi.org/10.1162/tacl_a_00612)\n2. Whitfield J., Korhonen A.");
  }

  @Test
  void escapesMarkupThatAResumeHappensToContain() {
    assertThat(MarkdownWriter.esc("C# & <script> [x] *bold*")).isEqualTo("C\\# & \\<script\\> \\[x\\] \\*bold\\*");
    assertThat(MarkdownWriter.esc("1. first")).isEqualTo("1\\. first");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void writesWellFormedSelfContainedHtml(ResumeDocument resume) throws Exception {
    String html = renderer.html(resume, Appearance.of("modern"), "/api/v1/resumes/fonts/");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("lang=\"" + resume.language().tag() + "\"")
        .contains("url('/api/v1/resumes/fonts/NotoSans-Regular.ttf')")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("http://fonts");
    assertThat(html).doesNotContainPattern("<span[^>]*/>");
  }

  @Test
  void drawsAPageAsAPngOfThePagesSize() throws IOException {
    byte[] pdf = renderer.pdf(Fixtures.seniorBackendLeadRu(), Appearance.of("modern"));
    BufferedImage page = ImageIO.read(new ByteArrayInputStream(renderer.png(pdf, 0, 80)));
    assertThat(page.getWidth()).isEqualTo(661);
    assertThat(page.getHeight()).isEqualTo(935);
    long inked = 0;
    for (int y = 0; y < page.getHeight(); y += 3) {
      for (int x = 0; x < page.getWidth(); x += 3) {
        inked += (page.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
      }
    }
    assertThat(inked).as("pixels that are not white").isGreaterThan(2_000);
    assertThatThrownBy(() -> renderer.png(pdf, 5, 80)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesTheBoldBandsTextInWhiteOnADarkAccentAndNearBlackOnALightOne() {
    ResumeDocument resume = Fixtures.productDesignerEn();
    assertThat(renderer.html(resume, Appearance.of("bold"), null))
        .contains("background-color: #1e40af; color: #ffffff;");
    assertThat(renderer.html(resume, Appearance.of("bold").withAccent("#FDE047"), null))
        .contains("background-color: #fde047; color: #111111;");
    assertThat(Styles.luminance("#000000")).isZero();
    assertThat(Styles.luminance("#ffffff")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void escapesTextInHtml() {
    ResumeDocument hostile = new ResumeDocument(Language.EN, "<b>Eve</b> & \"Co\"", null, List.of(), null,
        List.of());
    String html = renderer.html(hostile, Appearance.of("classic"), null);
    assertThat(html).contains("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;").doesNotContain("<b>Eve");
  }

  @Test
  void rejectsUnknownTemplateFontAndColourNamingTheField() {
    assertThatThrownBy(() -> Appearance.of("fancy"))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("template"));
    assertThatThrownBy(() -> Appearance.of("classic").withFont("Comic Sans"))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("fontFamily"));
    assertThatThrownBy(() -> Appearance.of("classic").withAccent("red"))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("accent"));
    assertThatThrownBy(() -> Appearance.of("classic").withColumns(3))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("columns"));
  }

  @Test
  void rendersEverySkillStyleWithEverySkillNamed() throws IOException {
    ResumeDocument resume = Fixtures.seniorBackendLeadRu();
    for (Appearance.SkillStyle style : Appearance.SkillStyle.values()) {
      for (int columns = 1; columns <= 2; columns++) {
        Appearance a = Appearance.of("classic").withSkills(style).withColumns(columns);
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(resume, a))) {
          String text = Facts.normal(new PDFTextStripper().getText(pdf));
          assertThat(text).as("%s, %d columns", style, columns)
              .contains("kotlin").contains("spring boot").contains("kubernetes").contains("b2, рабочий");
        }
      }
    }
  }
}
