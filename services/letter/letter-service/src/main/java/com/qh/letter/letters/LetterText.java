package com.qh.letter.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A letter's version as one plain text: greeting, paragraphs, close and signature, blank lines between. */
final class LetterText {

    /** A greeting written as a paragraph of its own: "Dear Anna,", "Здравствуйте!", "Hello team at Acme". */
    private static final Pattern GREETING = Pattern.compile("(?iU)(dear|hello|hi|greetings|good (morning|afternoon)"
            + "|здравствуйте|добрый (день|вечер)|доброе утро|уважаем\\p{L}*|приветствую)\\b.{0,80}|.{1,60}[,!:]");
    /** A close: "Kind regards,", "Sincerely", "С уважением,", "Спасибо за внимание!" (a signature may follow). */
    private static final Pattern CLOSING = Pattern.compile("(?iU)(kind regards|best regards|regards|sincerely|yours"
            + "|best wishes|thank you|with thanks|с уважением|спасибо|всего доброго|искренне)\\b.{0,40}");

    private LetterText() {
    }

    static String of(LetterRows.Version version) {
        return of(version.greeting(), version.paragraphs(), version.closing(), version.signature());
    }

    static String of(String greeting, List<String> paragraphs, String closing, String signature) {
        StringBuilder text = new StringBuilder();
        if (greeting != null && !greeting.isBlank()) {
            text.append(greeting).append("\n\n");
        }
        text.append(String.join("\n\n", paragraphs));
        if (closing != null && !closing.isBlank()) {
            text.append("\n\n").append(closing);
            if (signature != null && !signature.isBlank()) {
                text.append('\n').append(signature);
            }
        }
        return text.toString();
    }

    /** A body written as text, split into paragraphs at blank lines. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String paragraph = part.strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.replaceAll("\\s*\\n\\s*", " "));
            }
        }
        return paragraphs;
    }

    /**
     * The body of a letter a model wrote as one text: its paragraphs without its own greeting (a first paragraph
     * that is a short line of address) and close (a last paragraph opening with a closing formula, with a signature
     * under it or after it). The letter keeps the engine's greeting and close, which carry no claims.
     */
    static List<String> body(String text) {
        List<String> blocks = new ArrayList<>();
        for (String part : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            if (!part.isBlank()) {
                blocks.add(part.strip());
            }
        }
        if (!blocks.isEmpty() && !blocks.getFirst().contains("\n")
                && GREETING.matcher(blocks.getFirst()).matches()) {
            blocks.removeFirst();
        }
        for (int from = Math.max(0, blocks.size() - 2); from < blocks.size(); from++) {
            String firstLine = blocks.get(from).lines().findFirst().orElse("").strip();
            if (CLOSING.matcher(firstLine).matches()) {
                blocks.subList(from, blocks.size()).clear();
                break;
            }
        }
        return blocks.stream().map(block -> block.replaceAll("\\s*\\n\\s*", " ")).toList();
    }
}
