package com.qh.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts shipped in this jar (under {@code com/qh/rendering/fonts/}, with their licences there), all with full
 * Latin and Cyrillic: Noto Sans and Noto Serif (regular, bold, italic, bold italic; SIL Open Font License 1.1), PT Sans
 * and PT Serif (ParaType Free Font License) and Carlito (OFL; metric-compatible with Calibri, so a DOCX opened where
 * Carlito is missing keeps its line breaks in Calibri), these three in regular, bold and italic. Nothing is read from
 * the system or the network, so a document looks the same on every machine.
 */
public final class Fonts {

  /** The family after the chosen one and Noto Sans: arrows and the like that neither has (→, ✓). */
  static final String FALLBACK_SYMBOLS = "DejaVu Sans";
  /** The family that fills in for a glyph the chosen family lacks (Carlito has no no-break space, PT no ≈). */
  static final String FALLBACK = "Noto Sans";

  /** A family's CSS name and the file stem of its faces. */
  private static final Map<String, String> FAMILIES = Map.of("Noto Sans", "NotoSans", "Noto Serif", "NotoSerif",
      "PT Sans", "PTSans", "PT Serif", "PTSerif", "Carlito", "Carlito", FALLBACK_SYMBOLS, "DejaVuSans");
  private static final List<String> NAMES = List.of("Noto Sans", "Noto Serif", "PT Sans", "PT Serif", "Carlito");
  /** Families shipped with a bold italic face; the others draw bold italic text in their bold face. */
  private static final List<String> WITH_BOLD_ITALIC = List.of("Noto Sans", "Noto Serif");
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

  /** The faces shipped for a family: regular, bold, italic, and bold italic where there is one. */
  static List<Face> faces(String family) {
    if (family.equals(FALLBACK_SYMBOLS)) {
      return List.of(new Face(family, false, false));
    }
    List<Face> faces = List.of(new Face(family, false, false), new Face(family, true, false),
        new Face(family, false, true), new Face(family, true, true));
    return WITH_BOLD_ITALIC.contains(family) ? faces : faces.subList(0, 3);
  }

  /**
   * The families a document in this family is set in, in the order a glyph is looked for: the family, Noto Sans,
   * DejaVu Sans. The engine takes a glyph from the next only when the ones before lack it, and embeds a fallback face
   * only when a document draws with it.
   */
  static List<String> stack(String family) {
    return family.equals(FALLBACK) ? List.of(family, FALLBACK_SYMBOLS) : List.of(family, FALLBACK, FALLBACK_SYMBOLS);
  }

  /** The faces shipped for every family of a stack ({@link #stack}). */
  static List<Face> stackFaces(String family) {
    return stack(family).stream().flatMap(f -> faces(f).stream()).toList();
  }

  /**
   * The font files of a family ({@code PTSans-Regular.ttf}...), for a service that serves the ones a preview needs.
   *
   * @throws AppearanceException for a family that is not bundled
   */
  public static List<String> files(String family) {
    if (!NAMES.contains(family)) {
      throw new AppearanceException("fontFamily", "Unknown font '" + family + "'; bundled: " + NAMES);
    }
    return faces(family).stream().map(Face::file).toList();
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
    if (file == null || !file.endsWith(".ttf") || file.contains("/") || file.contains("\\")) {
      throw new IllegalArgumentException("No bundled font file '" + file + "'");
    }
    InputStream in = Fonts.class.getResourceAsStream("fonts/" + file);
    if (in == null) {
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
