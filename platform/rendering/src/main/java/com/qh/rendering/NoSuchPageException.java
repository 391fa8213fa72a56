package com.qh.rendering;

/** A page asked for that the rendered document does not have. */
public final class NoSuchPageException extends IllegalArgumentException {

  NoSuchPageException(int page, int pages) {
    super("No page " + page + " in a document of " + pages);
  }
}
