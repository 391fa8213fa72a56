package com.qh.rendering;

/** The formats a document is rendered to, with the media type and file extension a service stores it under. */
public enum Format {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  MARKDOWN("text/markdown; charset=UTF-8", "md"),
  HTML("text/html; charset=UTF-8", "html"),
  /** Plain text: a cover letter as an e-mail body or a form field. */
  TEXT("text/plain; charset=UTF-8", "txt");

  private final String mediaType;
  private final String extension;

  Format(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
