package com.qh.notification.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/**
 * A message template: a subject, a plain-text body and optionally an HTML body, with {@code {{name}}} placeholders.
 * Values are HTML-escaped in the HTML body and stripped of line breaks in the subject (no header injection); a
 * placeholder without a value renders as nothing.
 *
 * @param subject the subject (e-mail) or title (in-app, push); may be {@code null} for SMS
 * @param text the plain-text body
 * @param html the HTML body, or {@code null}
 */
public record Template(String subject, String text, String html) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");
    private static final String TEXT_MARK = "--- text";
    private static final String HTML_MARK = "--- html";

    /** The placeholders it uses, in the order they first appear (subject, text, then HTML). */
    public List<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] { subject, text, html }) {
            if (part != null) {
                PLACEHOLDER.matcher(part).results().forEach(match -> names.add(match.group(1)));
            }
        }
        return List.copyOf(names);
    }

    /** Fills the template in. */
    public Message render(Map<String, String> values) {
        return new Message(subject == null ? null : fill(subject, values, Part.SUBJECT), fill(text, values, Part.TEXT),
                html == null ? null : fill(html, values, Part.HTML));
    }

    /**
     * Reads the file format of shipped templates: a {@code subject:} line, then {@code --- text} and optionally
     * {@code --- html} sections.
     */
    public static Template parse(String source) {
        String normalised = source.replace("\r\n", "\n");
        int text = normalised.indexOf(TEXT_MARK + "\n");
        if (text < 0) {
            throw new IllegalArgumentException("A template needs a '" + TEXT_MARK + "' section");
        }
        String head = normalised.substring(0, text);
        String subject = null;
        for (String line : head.split("\n")) {
            if (line.startsWith("subject:")) {
                subject = line.substring("subject:".length()).strip();
            }
        }
        int html = normalised.indexOf(HTML_MARK + "\n", text);
        String textBody = normalised.substring(text + TEXT_MARK.length() + 1, html < 0 ? normalised.length() : html);
        String htmlBody = html < 0 ? null : normalised.substring(html + HTML_MARK.length() + 1);
        return new Template(subject, textBody.strip() + "\n", htmlBody == null ? null : htmlBody.strip() + "\n");
    }

    private static String fill(String template, Map<String, String> values, Part part) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            value = switch (part) {
                case HTML -> HtmlUtils.htmlEscape(value);
                case SUBJECT -> value.replaceAll("[\\r\\n]+", " ");
                case TEXT -> value;
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private enum Part { SUBJECT, TEXT, HTML }

    /**
     * A rendered message.
     *
     * @param subject subject or title
     * @param text plain text
     * @param html HTML, or {@code null}
     */
    public record Message(String subject, String text, String html) {
    }
}
