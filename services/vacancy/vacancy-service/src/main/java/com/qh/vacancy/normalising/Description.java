package com.qh.vacancy.normalising;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * A vacancy's description three ways: HTML reduced to a safe subset (no scripts, styles, images, event handlers;
 * links get {@code rel="nofollow"}), plain text with one paragraph or list item per line (what requirement
 * extraction reads), and Markdown.
 */
@Embeddable
public record Description(String html, String text, String markdown) {

    public static final Description EMPTY = new Description("", "", "");

    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "section", "article", "blockquote", "pre", "dt", "dd", "table");
    private static final FlexmarkHtmlConverter MARKDOWN = FlexmarkHtmlConverter.builder().build();

    /** From HTML as a site serves it; whatever is not in the safe subset is dropped. */
    public static Description fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return EMPTY;
        }
        String safe = Jsoup.clean(html, SAFE);
        Document document = Jsoup.parseBodyFragment(safe);
        return new Description(safe, text(document.body()), MARKDOWN.convert(safe).strip());
    }

    /** From plain text as a user pasted it: lines starting with a bullet become list items. */
    public static Description fromText(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        List<String> lines = new ArrayList<>();
        for (String raw : text.strip().split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            lines.add(line);
            boolean item = line.matches("^[-–—•·*▪●]\\s+.*");
            if (item && !inList) {
                html.append("<ul>");
            } else if (!item && inList) {
                html.append("</ul>");
            }
            inList = item;
            String content = org.jsoup.nodes.Entities.escape(item ? line.replaceFirst("^[-–—•·*▪●]\\s+", "") : line);
            html.append(item ? "<li>" : "<p>").append(content).append(item ? "</li>" : "</p>");
        }
        if (inList) {
            html.append("</ul>");
        }
        String joined = String.join("\n", lines);
        String markdown = joined.replaceAll("(?m)^[–—•·*▪●]\\s+", "- ");
        return new Description(html.toString(), joined, markdown);
    }

    /** Text with a line per block, list items marked {@code - }, so headings and bullets survive. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        append(root, out);
        return out.toString().lines().map(String::strip).filter(line -> !line.isEmpty() && !line.equals("-"))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    out.append('\n');
                }
                if (tag.equals("li")) {
                    out.append("- ");
                }
                append(element, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }
}
