package com.qh.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.rendering.Appearance.PhotoShape;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A photo: checked on the way in, printed where a template has a place for it, in PDF, DOCX and HTML alike. */
class PhotoTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  static Stream<String> templates() {
    return Templates.ids().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void printsThePhotoOnlyWhereTheTemplateHasAPlaceForIt(String template) throws IOException {
    ResumeDocument resume = Fixtures.productDesignerEn().withPhoto(portrait(1200, 1600, "jpg"));
    boolean shown = Templates.get(template).info().photo();
    assertThat(shown).isEqualTo(List.of("classic", "modern", "bold").contains(template));
    for (PhotoShape shape : PhotoShape.values()) {
      Appearance a = Appearance.of(template).withPhotoShape(shape);
      try (PDDocument pdf = Loader.loadPDF(renderer.pdf(resume, a))) {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : pdf.getPage(0).getResources().getXObjectNames()) {
          if (pdf.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image);
          }
        }
        assertThat(images).as("%s %s", template, shape).hasSize(shown ? 1 : 0);
        images.forEach(i -> assertThat(i.getWidth()).isEqualTo(Photo.SIDE));
        String text = Facts.normal(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf));
        assertThat(text).startsWith(Facts.normal(resume.name()));
      }
      try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.render(resume, a, Format.DOCX)))) {
        List<XWPFPictureData> pictures = docx.getAllPictures();
        assertThat(pictures).hasSize(shown ? 1 : 0);
        if (shown) {
          assertThat(pictures.getFirst().suggestFileExtension()).isEqualTo(shape == PhotoShape.ROUND ? "png" : "jpeg");
        }
      }
      String html = renderer.html(resume, a, null);
      assertThat(html.contains("data:image/jpeg;base64,")).isEqualTo(shown);
    }
  }

  @Test
  void cropsAPortraitToASquareFromItsUpperPartAndKeepsTheUploadAsItCame() throws IOException {
    byte[] upload = portrait(600, 900, "png");
    Photo photo = Photo.of(upload);
    assertThat(photo.mediaType()).isEqualTo("image/png");
    assertThat(photo.width()).isEqualTo(600);
    assertThat(photo.height()).isEqualTo(900);
    assertThat(photo.bytes()).isEqualTo(upload);
    BufferedImage square = ImageIO.read(new ByteArrayInputStream(photo.square()));
    assertThat(square.getWidth()).isEqualTo(Photo.SIDE);
    assertThat(square.getHeight()).isEqualTo(Photo.SIDE);
    // The portrait's top 20 % is red: a crop from the upper part (not the middle) keeps a band of it at the top.
    Color top = new Color(square.getRGB(Photo.SIDE / 2, 3));
    assertThat(top.getRed()).isGreaterThan(200);
    assertThat(top.getBlue()).isLessThan(60);
    BufferedImage round = ImageIO.read(new ByteArrayInputStream(photo.roundPng()));
    assertThat(round.getRGB(0, 0) >>> 24).as("a round photo's corner is transparent").isZero();
    assertThat(round.getRGB(Photo.SIDE / 2, Photo.SIDE / 2) >>> 24).isEqualTo(255);
  }

  @Test
  void rejectsWhatIsNotAUsableJpegOrPngNamingThePhotoField() throws IOException {
    List<byte[]> bad = List.of(new byte[0], "GIF89a not a photo".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2, 3}, portrait(40, 40, "png"),
        gif());
    for (byte[] image : bad) {
      assertThatThrownBy(() -> Fixtures.productDesignerEn().withPhoto(image))
          .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("photo"));
    }
    assertThat(Fixtures.productDesignerEn().withPhoto(null).photo()).isNull();
  }

  @Test
  void rejectsAnAppearanceWithoutAPhotoShape() {
    assertThatThrownBy(() -> Appearance.of("modern").withPhotoShape(null))
        .isInstanceOfSatisfying(AppearanceException.class, e -> assertThat(e.field()).isEqualTo("photoShape"));
  }

  /** A portrait whose top fifth is red and the rest blue. */
  static byte[] portrait(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.fillRect(0, 0, width, height / 5);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static byte[] gif() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "gif", out);
    return out.toByteArray();
  }
}
