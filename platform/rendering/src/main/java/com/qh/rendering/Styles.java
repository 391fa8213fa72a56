package com.qh.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheets under {@code templates/}, read once, with their {@code {{slot}}} and {@code {{size*1.4}}} slots
 * filled from an appearance. openhtmltopdf has no CSS custom properties, so the values go into the text.
 */
final class Styles {

  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z-]+)(?:\\*([0-9.]+))?}}");
  private static final Map<String, String> SHEETS = new ConcurrentHashMap<>();

  private Styles() {
  }

  /** The base sheet and the named template's sheet, filled in. */
  static String css(String sheet, Appearance a) {
    String text = SHEETS.computeIfAbsent("base", Styles::read) + SHEETS.computeIfAbsent(sheet, Styles::read);
    // White or near-black on the accent, whichever contrasts more (they tie at a luminance of 0.18).
    boolean dark = luminance(a.accent()) < 0.18;
    Map<String, String> values = Map.ofEntries(
        Map.entry("font", String.join(", ", Fonts.stack(a.fontFamily()).stream().map(f -> "'" + f + "'")
            .toList())),
        Map.entry("on-accent", dark ? "#ffffff" : "#111111"),
        Map.entry("on-accent-soft", dark ? mix(a.accent(), 0.22) : "#333333"),
        Map.entry("line", num(a.lineHeight())),
        Map.entry("accent", a.accent()),
        Map.entry("accent-soft", mix(a.accent(), 0.16)),
        Map.entry("accent-tint", mix(a.accent(), 0.07)),
        Map.entry("margin", num(a.margin()) + "mm"),
        Map.entry("page", a.pageSize().css()),
        Map.entry("page-width", num(a.pageSize().widthMm()) + "mm"),
        Map.entry("page-height", num(a.pageSize().heightMm()) + "mm"));
    Matcher m = SLOT.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (name.equals("size")) {
        double factor = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
        value = num(a.baseSize() * factor) + "pt";
      } else if (name.equals("margin") && m.group(2) != null) {
        value = num(a.margin() * Double.parseDouble(m.group(2))) + "mm";
      } else {
        value = values.get(name);
        if (value == null) {
          throw new IllegalStateException("Unknown slot {{" + name + "}} in " + sheet + ".css");
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The colour {@code share} of the way from white to {@code hex}: a tint that prints as a pale accent. */
  static String mix(String hex, double share) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    int r = tint((rgb >> 16) & 0xff, share);
    int g = tint((rgb >> 8) & 0xff, share);
    int b = tint(rgb & 0xff, share);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** The relative luminance of a colour (WCAG), 0 for black to 1 for white. */
  static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int tint(int channel, double share) {
    return (int) Math.round(255 - (255 - channel) * share);
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String read(String sheet) {
    try (InputStream in = Styles.class.getResourceAsStream("templates/" + sheet + ".css")) {
      if (in == null) {
        throw new IllegalStateException("No stylesheet templates/" + sheet + ".css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
