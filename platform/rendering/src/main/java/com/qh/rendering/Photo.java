package com.qh.rendering;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A person's photo on a resume, checked and prepared once: the JPEG or PNG a user uploaded, cropped to a square
 * around its upper middle (where a portrait's face is) and scaled to {@value #SIDE} pixels, which prints sharp at
 * the 25–32 mm the templates give it. Every render embeds the prepared square, never the upload, so a 6 MB camera
 * file costs a resume about 30 KB. Templates round it with CSS; DOCX takes a round PNG made here.
 */
public final class Photo {

  /** The prepared square's side in pixels: 300 dpi at 28 mm. */
  static final int SIDE = 330;
  private static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final int MIN_SIDE = 64;
  private static final int MAX_SIDE = 12_000;

  private final byte[] original;
  private final String mediaType;
  private final int width;
  private final int height;
  private final byte[] square;
  private final String dataUri;
  private volatile byte[] roundPng;

  private Photo(byte[] original, String mediaType, int width, int height, byte[] square) {
    this.original = original;
    this.mediaType = mediaType;
    this.width = width;
    this.height = height;
    this.square = square;
    this.dataUri = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(square);
  }

  /**
   * A photo from an uploaded file.
   *
   * @param image the bytes of a JPEG or PNG file, 64 to 12,000 pixels a side, at most 10 MB
   * @throws AppearanceException with field {@code photo} when the bytes are missing, too large, not a JPEG or PNG,
   *     unreadable or too small to print
   */
  public static Photo of(byte[] image) {
    if (image == null || image.length == 0) {
      throw new AppearanceException("photo", "The photo is empty");
    }
    if (image.length > MAX_BYTES) {
      throw new AppearanceException("photo", "The photo is over 10 MB");
    }
    String type = sniff(image);
    if (type == null) {
      throw new AppearanceException("photo", "The photo is not a JPEG or PNG image");
    }
    BufferedImage picture = read(image);
    return new Photo(image.clone(), type, picture.getWidth(), picture.getHeight(), jpeg(square(picture)));
  }

  /** {@code image/jpeg} or {@code image/png}: what the upload was. */
  public String mediaType() {
    return mediaType;
  }

  /** The upload's width in pixels. */
  public int width() {
    return width;
  }

  /** The upload's height in pixels. */
  public int height() {
    return height;
  }

  /** The uploaded file as it came. */
  public byte[] bytes() {
    return original.clone();
  }

  /** The prepared square as a JPEG. */
  byte[] square() {
    return square;
  }

  /** The prepared square as a {@code data:} URI, for the stylesheet-free markup of every format. */
  String dataUri() {
    return dataUri;
  }

  /** The prepared square cut to a circle on a transparent ground, as a PNG, for Word (which has no CSS). */
  byte[] roundPng() {
    byte[] png = roundPng;
    if (png == null) {
      png = round();
      roundPng = png;
    }
    return png;
  }

  private byte[] round() {
    try {
      BufferedImage sq = ImageIO.read(new ByteArrayInputStream(square));
      BufferedImage out = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = out.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.fill(new Ellipse2D.Double(0, 0, SIDE, SIDE));
      g.setComposite(AlphaComposite.SrcIn);
      g.drawImage(sq, 0, 0, null);
      g.dispose();
      return Images.png(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sniff(byte[] b) {
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    return null;
  }

  /** Decodes the image after checking its size from the header, so a crafted one cannot claim gigabytes of pixels. */
  private static BufferedImage read(byte[] image) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new AppearanceException("photo", "The photo cannot be read as a JPEG or PNG image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w < MIN_SIDE || h < MIN_SIDE) {
          throw new AppearanceException("photo",
              "The photo is " + w + "×" + h + " pixels; it needs at least " + MIN_SIDE + " a side to print");
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
          throw new AppearanceException("photo", "The photo is " + w + "×" + h + " pixels; at most " + MAX_SIDE
              + " a side");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof AppearanceException known) {
        throw known;
      }
      throw new AppearanceException("photo", "The photo cannot be read as a JPEG or PNG image");
    }
  }

  /**
   * The largest centred square, taken from a fifth of the way down a portrait rather than its middle, scaled in
   * halving steps (one bicubic step from a camera's 4000 pixels aliases) and flattened onto white.
   */
  private static BufferedImage square(BufferedImage picture) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    int side = Math.min(w, h);
    int x = (w - side) / 2;
    int y = (int) Math.round((h - side) * 0.2);
    BufferedImage current = picture.getSubimage(x, y, side, side);
    int size = side;
    do {
      int next = Math.max(SIDE, size / 2);
      if (size <= SIDE) {
        next = SIDE;
      }
      BufferedImage step = new BufferedImage(next, next, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = step.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, next, next);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(current, 0, 0, next, next, null);
      g.dispose();
      current = step;
      size = next;
    } while (size > SIDE);
    return current;
  }

  private static byte[] jpeg(BufferedImage image) {
    return Images.jpeg(image, 0.88f);
  }
}
