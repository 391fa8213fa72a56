package com.qh.web.admin;

/**
 * A rendered draft.
 *
 * @param subject the subject or title
 * @param text the plain-text body
 * @param html the HTML body (shown only in a sandboxed frame), or empty
 */
public record TemplatePreview(String subject, String text, String html) {
}
