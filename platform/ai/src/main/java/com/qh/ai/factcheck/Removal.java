package com.qh.ai.factcheck;

import java.util.List;

/** Drops the sentences and bullet lines that hold unsupported claims. */
final class Removal {

    private Removal() {
    }

    static String remove(String text, List<UnsupportedClaim> claims) {
        if (claims.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Sentences.Span s : Sentences.split(text)) {
            boolean bad = claims.stream().anyMatch(c -> c.start() < s.end() && c.end() > s.start());
            if (!bad) {
                out.append(text, s.start(), s.end());
            }
        }
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
