package com.qh.letter.letters;

import java.util.ArrayList;
import java.util.List;

/** A letter's version as one plain text: greeting, paragraphs, close and signature, blank lines between. */
final class LetterText {

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
}
