package com.qh.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts shipped in this jar (under {@code com/qh/rendering/fonts/}, SIL Open Font License 1.1, see {@code OFL.txt}
 * there): Noto Sans and Noto Serif, each regular, bold, italic and bold italic, with full Cyrillic. Nothing is read
 * from the system or the network, so a document looks the same on every machine.
 */
public final class Fonts {

  /** A family's CSS name and the file stem of its faces. */
  private static final Map<String, String> FAMILIES = Map.of("Noto Sans", "NotoSans", "Noto Serif", "NotoSerif");
  private static final List<String> NAMES = List.of("Noto Sans", "Noto Serif");
  private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

  private Fonts() {
  }

  /** The families an {@link Appearance} may name. */
  public static List<String> families() {
    return NAMES;
  }

  /** One face of a bundled family. */
  record Face(String family, boolean bold, boolean italic) {

    String file() {
      String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
      return FAMILIES.get(family) + "-" + style + ".ttf";
    }
  }

  static List<Face> faces(String family) {
    return List.of(new Face(family, false, false), new Face(family, true, false),
        new Face(family, false, true), new Face(family, true, true));
  }

  /**
   * A face's TrueType file, read once and kept: a few megabytes for all eight faces, against a parse from the jar on
   * every document.
   */
  static byte[] bytes(Face face) {
    return BYTES.computeIfAbsent(face.file(), Fonts::read);
  }

  /** The file of a face by name ({@code NotoSans-Bold.ttf}), for a service that serves them to a browser preview. */
  public static InputStream open(String file) {
    InputStream in = Fonts.class.getResourceAsStream("fonts/" + file);
    if (in == null || file.contains("/")) {
      throw new IllegalArgumentException("No bundled font file '" + file + "'");
    }
    return in;
  }

  private static byte[] read(String file) {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
