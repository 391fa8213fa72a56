package com.qh.rendering;

import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A resume or letter as a Word document built from real styles (Title, Subtitle, Heading 1, Heading 2, List Bullet,
 * Normal) in the appearance's font, size and accent, so the user can restyle or edit it in Word the usual way.
 * One column: Word's reflow is the user's, and the sidebar's sections follow the main ones.
 */
final class DocxWriter {

  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private final XWPFDocument doc = new XWPFDocument();
  private final Appearance a;
  private final String accent;
  private BigInteger bulletNum;

  private DocxWriter(Appearance a, Language language) {
    this.a = a;
    this.accent = a.accent().substring(1).toUpperCase();
    styles(language);
    page();
  }

  static byte[] resume(ResumeDocument d, Appearance a) {
    DocxWriter w = new DocxWriter(a, d.language());
    w.properties(ResumeHtml.title(d), d.name(), d.language() == Language.RU ? "Резюме" : "Resume");
    Template t = Templates.get(a.template());
    if (t.showsPhoto(d)) {
      w.photo(d.photo(), t.photoAbove());
    }
    w.para("Title", d.name());
    if (present(d.headline())) {
      w.para("Subtitle", d.headline());
    }
    w.contacts(d.contacts());
    if (present(d.summary())) {
      w.para("Normal", d.summary());
    }
    List<Section> ordered = new ArrayList<>(d.sections().stream().filter(s -> !s.kind().isSide()).toList());
    if (Templates.get(a.template()).sidebar(a)) {
      ordered.addAll(d.sections().stream().filter(s -> s.kind().isSide()).toList());
    } else {
      ordered = d.sections();
    }
    for (Section s : ordered) {
      if (s.entries().isEmpty()) {
        continue;
      }
      w.para("Heading1", s.title());
      for (Entry e : s.entries()) {
        if (s.kind() == SectionKind.SKILLS) {
          w.skills(e);
        } else {
          w.entry(e);
        }
      }
    }
    return w.bytes();
  }

  static byte[] letter(LetterDocument d, Appearance a) {
    DocxWriter w = new DocxWriter(a, d.language());
    w.properties(LetterHtml.title(d), d.sender().name(),
        d.language() == Language.RU ? "Сопроводительное письмо" : "Cover letter");
    w.para("Title", d.sender().name());
    if (present(d.sender().headline())) {
      w.para("Subtitle", d.sender().headline());
    }
    w.contacts(d.sender().contacts());
    XWPFParagraph date = w.para("Normal", d.date());
    if (date != null) {
      date.setAlignment(ParagraphAlignment.RIGHT);
    }
    w.para("Normal", d.recipient().person());
    XWPFParagraph company = w.para("Normal", d.recipient().company());
    company.getRuns().getFirst().setBold(true);
    d.recipient().addressLines().forEach(l -> w.para("Normal", l));
    XWPFParagraph subject = w.para("Normal", d.subject());
    if (subject != null) {
      subject.getRuns().getFirst().setBold(true);
      subject.setSpacingBefore(240);
    }
    w.para("Normal", d.greeting());
    d.paragraphs().forEach(p -> w.para("Normal", p));
    w.para("Normal", d.closing());
    w.para("Normal", d.signature());
    return w.bytes();
  }

  private void entry(Entry e) {
    XWPFParagraph head = doc.createParagraph();
    head.setStyle("Heading2");
    if (present(e.title())) {
      if (present(e.url())) {
        XWPFHyperlinkRun r = head.createHyperlinkRun(e.url());
        r.setText(e.title());
      } else {
        head.createRun().setText(e.title());
      }
    }
    if (present(e.dates())) {
      XWPFRun dates = head.createRun();
      dates.addTab();
      dates.setText(e.dates());
      dates.setBold(false);
      dates.setColor("555555");
    }
    List<String> where = new ArrayList<>();
    if (present(e.organisation())) {
      where.add(e.organisation());
    }
    if (present(e.place())) {
      where.add(e.place());
    }
    if (!where.isEmpty()) {
      XWPFParagraph org = para("Normal", String.join(", ", where));
      org.getRuns().getFirst().setItalic(true);
      org.setSpacingAfter(40);
    }
    para("Normal", e.text());
    e.bullets().forEach(b -> para("ListBullet", b));
    if (!e.skills().isEmpty()) {
      XWPFParagraph p = para("Normal", String.join(", ", e.skills().stream().map(Skill::name).toList()));
      p.getRuns().getFirst().setColor("555555");
    }
  }

  private void skills(Entry e) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Normal");
    if (present(e.title())) {
      XWPFRun g = p.createRun();
      g.setBold(true);
      g.setText(e.title() + ": ");
    }
    p.createRun().setText(String.join(", ", e.skills().stream()
        .map(k -> k.level() != null && a.skills() == Appearance.SkillStyle.LEVELS
            ? k.name() + " (" + k.level() + "/5)" : k.name())
        .toList()));
    if (present(e.text())) {
      p.createRun().setText(" — " + e.text());
    }
  }

  /**
   * The photo inline in a paragraph of its own above the name (an inline picture moves with the text; a floating one
   * is what Word users fight with), round as a PNG with a transparent ground, or the square JPEG.
   */
  private void photo(Photo photo, boolean centred) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Normal");
    p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
    p.setSpacingAfter(120);
    boolean round = a.photoShape() == Appearance.PhotoShape.ROUND;
    byte[] image = round ? photo.roundPng() : photo.square();
    int emu = Units.toEMU(27 * 72 / 25.4);
    try {
      p.createRun().addPicture(new ByteArrayInputStream(image),
          round ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, round ? "photo.png" : "photo.jpg", emu, emu);
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("The prepared photo could not be added to the document", e);
    }
  }

  private void contacts(List<Contact> contacts) {
    if (contacts.isEmpty()) {
      return;
    }
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Normal");
    p.setSpacingAfter(200);
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (i > 0) {
        p.createRun().setText("  ·  ");
      }
      if (c.url() != null) {
        XWPFHyperlinkRun r = p.createHyperlinkRun(c.url());
        r.setText(c.text());
        r.setColor(accent);
        r.setUnderline(UnderlinePatterns.NONE);
      } else {
        p.createRun().setText(c.text());
      }
    }
  }

  /** A paragraph of one run in a style, or none (null) for empty text. */
  private XWPFParagraph para(String style, String text) {
    if (!present(text)) {
      return null;
    }
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    if (style.equals("ListBullet")) {
      p.setNumID(bulletNum);
    }
    // Word keeps no-break spaces too: body text gets the PDF's ties («в 2021», «до 2.»); headings stay as written,
    // so they match the section names a reader searches for.
    boolean body = style.equals("Normal") || style.equals("ListBullet");
    p.createRun().setText(body ? Typography.tie(text) : text);
    return p;
  }

  private void properties(String title, String author, String subject) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setCreator(author);
    core.setSubjectProperty(subject);
  }

  private void styles(Language language) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(a.fontFamily());
    fonts.setHAnsi(a.fontFamily());
    fonts.setCs(a.fontFamily());
    fonts.setEastAsia(a.fontFamily());
    styles.setDefaultFonts(fonts);
    int size = (int) Math.round(a.baseSize() * 2);
    String lang = language == Language.RU ? "ru-RU" : "en-US";

    CTStyle normal = style("Normal", "Normal", size, false, null);
    normal.getRPr().addNewLang().setVal(lang);
    spacing(normal, 0, 80, a.lineHeight());
    styles.addStyle(new XWPFStyle(normal, styles));

    CTStyle title = style("Title", "Title", size * 2 + 4, true, "1A1A1A");
    spacing(title, 0, 40, 1.0);
    styles.addStyle(new XWPFStyle(title, styles));

    CTStyle subtitle = style("Subtitle", "Subtitle", size + 4, false, accent);
    spacing(subtitle, 0, 80, 1.0);
    styles.addStyle(new XWPFStyle(subtitle, styles));

    CTStyle h1 = style("Heading1", "heading 1", size + 4, true, accent);
    h1.getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
    h1.getPPr().addNewKeepNext();
    spacing(h1, 280, 100, 1.0);
    h1.getPPr().addNewPBdr().addNewBottom().setVal(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
    h1.getPPr().getPBdr().getBottom().setColor(accent);
    h1.getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(4));
    styles.addStyle(new XWPFStyle(h1, styles));

    CTStyle h2 = style("Heading2", "heading 2", size + 1, true, "1A1A1A");
    h2.getPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
    h2.getPPr().addNewKeepNext();
    spacing(h2, 160, 20, 1.0);
    CTTabStop tab = h2.getPPr().addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(Math.round((a.pageSize().widthMm() - 2 * a.margin()) * TWIPS_PER_MM)));
    styles.addStyle(new XWPFStyle(h2, styles));

    bulletNum = bullets();
    CTStyle list = style("ListBullet", "List Bullet", size, false, null);
    spacing(list, 0, 40, a.lineHeight());
    list.getPPr().addNewNumPr().addNewNumId().setVal(bulletNum);
    styles.addStyle(new XWPFStyle(list, styles));
  }

  private CTStyle style(String id, String name, int halfPoints, boolean bold, String colour) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (!id.equals("Normal")) {
      s.addNewBasedOn().setVal("Normal");
      s.addNewNext().setVal("Normal");
    } else {
      s.setDefault(true);
    }
    s.addNewQFormat();
    s.addNewPPr();
    CTRPr r = s.addNewRPr();
    CTFonts f = r.addNewRFonts();
    f.setAscii(a.fontFamily());
    f.setHAnsi(a.fontFamily());
    f.setCs(a.fontFamily());
    if (bold) {
      r.addNewB();
    }
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (colour != null) {
      r.addNewColor().setVal(colour);
    }
    return s;
  }

  private static void spacing(CTStyle s, int before, int after, double line) {
    CTPPrGeneral p = s.getPPr();
    CTSpacing sp = p.addNewSpacing();
    sp.setBefore(BigInteger.valueOf(before));
    sp.setAfter(BigInteger.valueOf(after));
    sp.setLine(BigInteger.valueOf(Math.round(240 * line)));
    sp.setLineRule(STLineSpacingRule.AUTO);
  }

  private BigInteger bullets() {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ONE);
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal("•");
    var ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(360));
    ind.setHanging(BigInteger.valueOf(240));
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }

  private void page() {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(Math.round(a.pageSize().widthMm() * TWIPS_PER_MM)));
    size.setH(BigInteger.valueOf(Math.round(a.pageSize().heightMm() * TWIPS_PER_MM)));
    CTPageMar mar = sect.addNewPgMar();
    BigInteger m = BigInteger.valueOf(Math.round(a.margin() * TWIPS_PER_MM));
    mar.setTop(m);
    mar.setBottom(m);
    mar.setLeft(m);
    mar.setRight(m);
  }

  private byte[] bytes() {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
