package com.qh.rendering;

/** An appearance setting that cannot be used: an unknown template or font, or a value out of range. */
public class AppearanceException extends IllegalArgumentException {

  private final String field;

  public AppearanceException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The {@link Appearance} component at fault, as a field error's name. */
  public String field() {
    return field;
  }
}
