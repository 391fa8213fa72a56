package com.qh.rendering;

/**
 * A small XHTML writer: every element closed explicitly, so the same text is well-formed XML for openhtmltopdf and
 * parses the same as HTML in a browser (no self-closing spans), and every text and attribute escaped.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(16_384);
  private boolean typeset = true;

  /** Text as given, without the no-break spaces of {@link Typography#tie} (for titles and metadata). */
  Html plain() {
    typeset = false;
    return this;
  }

  Html typeset() {
    typeset = true;
    return this;
  }

  Html raw(String s) {
    out.append(s);
    return this;
  }

  Html open(String tag, String cls) {
    out.append('<').append(tag);
    if (cls != null) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element with text content, or nothing when the text is null or blank. */
  Html el(String tag, String cls, String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    return open(tag, cls).text(text).close(tag);
  }

  /** A link when there is a target, plain text otherwise. */
  Html link(String url, String cls, String text) {
    if (url == null || url.isBlank()) {
      return el("span", cls, text);
    }
    out.append("<a href=\"");
    escape(url);
    out.append('"');
    if (cls != null) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>');
    return text(text).close("a");
  }

  Html text(String s) {
    escape(typeset ? Typography.tie(s) : s);
    return this;
  }

  Html attr(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value);
    out.append('"');
    return this;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters; a pasted resume may carry some.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
