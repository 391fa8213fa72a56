package com.qh.notification.delivery;

import java.util.Map;

/**
 * An e-mail ready to go.
 *
 * @param to the recipient's address
 * @param subject the subject
 * @param text the plain-text part
 * @param html the HTML part, or {@code null}
 * @param headers extra headers (List-Unsubscribe and the like)
 */
public record OutgoingEmail(String to, String subject, String text, String html, Map<String, String> headers) {
}
