package com.qh.rendering;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Image files of drawn images, in memory: ImageIO's writers with an explicit quality, never through the temporary
 * file {@code ImageIO.write} buffers in unless told otherwise.
 */
final class Images {

  /**
   * ImageIO's quality for PNG: the JDK deflates at level 9 − round(9 × quality), so 0.75 is level 2. At level 2 a
   * resume page at 80 dpi encodes in about 12 ms instead of ImageIO's default level 4's 17, within 1 % of the size
   * (a page of text and white space compresses well at any level).
   */
  private static final float PNG_QUALITY = 0.75f;

  private Images() {
  }

  static byte[] png(BufferedImage image) {
    return write(image, "png", PNG_QUALITY);
  }

  /** A JPEG at the given quality (0–1). */
  static byte[] jpeg(BufferedImage image, float quality) {
    return write(image, "jpeg", quality);
  }

  private static byte[] write(BufferedImage image, String format, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
