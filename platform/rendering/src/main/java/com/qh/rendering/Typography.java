package com.qh.rendering;

import java.util.regex.Pattern;

/**
 * No-break spaces where a careful typesetter puts them, so a line never ends on a one- or two-letter word («в», «до»,
 * "a", "of") or starts with a dash or a lone number's unit. Russian typography requires it; English benefits.
 */
final class Typography {

  /** A word of one or two letters (Cyrillic or Latin) followed by a space: the space becomes no-break. */
  private static final Pattern SHORT_WORD = Pattern.compile("(?<=^|[\\s\\u00A0(«„\"“])([\\p{L}]{1,2}) ");
  /** A space before a dash: no-break, so the dash never starts a line. */
  private static final Pattern BEFORE_DASH = Pattern.compile(" ([—–])");
  /** A number and the short word after it («3 млн», "120 ms"). */
  private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d) (?=[\\p{L}%]{1,4}[\\s.,;:)]|[\\p{L}%]{1,4}$)");

  private Typography() {
  }

  static String tie(String s) {
    if (s.indexOf(' ') < 0) {
      return s;
    }
    String t = SHORT_WORD.matcher(s).replaceAll("$1\u00A0");
    t = BEFORE_DASH.matcher(t).replaceAll("\u00A0$1");
    return NUMBER_UNIT.matcher(t).replaceAll("$1\u00A0");
  }
}
