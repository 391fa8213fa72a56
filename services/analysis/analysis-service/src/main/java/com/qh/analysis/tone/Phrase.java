package com.qh.analysis.tone;

import com.qh.analysis.tone.Text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One line of a lexicon: a phrase as a sequence of steps, each matching one word. A step is one or more
 * alternatives separated by {@code |}; an alternative is a word as written ({@code team}), a prefix
 * ({@code стрессоустойчив*}), a Snowball stem ({@code ~love} matches love, loves, loved, loving) or a word followed
 * by its full stop ({@code etc.}, which the span then includes). A step ending in {@code ?} may be left out; a step
 * starting with {@code !} consumes nothing and forbids the next word from matching it ({@code исполнительн*
 * !директор*}). Words of a phrase are separated only by blanks or hyphens in the text ("hard-working" matches
 * {@code hard working}), never by other punctuation, and a match never starts or ends inside a hyphenated compound
 * ("just-in-time" is not the filler "just").
 *
 * @param steps the steps
 * @param weight for scored lexicons (sentiment, hedges), from {@code @2.0} at the line's start; 1 by default
 * @param suggestion a suggestion for this phrase in particular, after {@code =>}; null for the type's own
 * @param line the line as written, for messages
 */
record Phrase(List<Step> steps, double weight, String suggestion, String line) {

    record Alternative(Kind kind, String value, boolean fullStop) {

        boolean matches(Token token) {
            return switch (kind) {
                case WORD -> token.lower().equals(value);
                case PREFIX -> token.lower().startsWith(value);
                case STEM -> token.stem().equals(value);
            };
        }
    }

    enum Kind { WORD, PREFIX, STEM }

    record Step(List<Alternative> alternatives, boolean optional, boolean forbidden) {

        Alternative match(Token token) {
            for (Alternative alternative : alternatives) {
                if (alternative.matches(token)) {
                    return alternative;
                }
            }
            return null;
        }
    }

    /** A match: words {@code [firstToken, endToken)}, characters {@code [start, end)}. */
    record Match(Phrase phrase, int firstToken, int endToken, int start, int end) {
    }

    /**
     * Reads a lexicon line.
     *
     * @param stem the language's stemmer, for {@code ~} alternatives
     */
    static Phrase parse(String line, UnaryOperator<String> stem) {
        String body = line.strip();
        double weight = 1;
        if (body.startsWith("@")) {
            int space = body.indexOf(' ');
            weight = Double.parseDouble(body.substring(1, space));
            body = body.substring(space + 1).strip();
        }
        String suggestion = null;
        int arrow = body.indexOf("=>");
        if (arrow >= 0) {
            suggestion = body.substring(arrow + 2).strip();
            body = body.substring(0, arrow).strip();
        }
        List<Step> steps = new ArrayList<>();
        for (String word : body.split("\\s+")) {
            boolean forbidden = word.startsWith("!");
            if (forbidden) {
                word = word.substring(1);
            }
            boolean optional = word.endsWith("?");
            if (optional) {
                word = word.substring(0, word.length() - 1);
            }
            List<Alternative> alternatives = new ArrayList<>();
            for (String alternative : word.split("\\|")) {
                String value = alternative.toLowerCase(Locale.ROOT).replace('ё', 'е');
                boolean fullStop = value.length() > 1 && value.endsWith(".");
                if (fullStop) {
                    value = value.substring(0, value.length() - 1);
                }
                if (value.startsWith("~")) {
                    alternatives.add(new Alternative(Kind.STEM, stem.apply(value.substring(1)), fullStop));
                } else if (value.endsWith("*")) {
                    alternatives.add(new Alternative(Kind.PREFIX, value.substring(0, value.length() - 1), fullStop));
                } else {
                    alternatives.add(new Alternative(Kind.WORD, value, fullStop));
                }
            }
            steps.add(new Step(List.copyOf(alternatives), optional, forbidden));
        }
        if (steps.stream().allMatch(step -> step.optional() || step.forbidden())) {
            throw new IllegalArgumentException("A lexicon phrase needs a word that is not optional: " + line);
        }
        return new Phrase(List.copyOf(steps), weight, suggestion, line);
    }

    /** The longest match starting at word {@code first}, or null. */
    Match matchAt(Text text, int first) {
        int[] best = {-1, -1};
        walk(text, 0, first, first, false, best);
        if (best[0] <= first) {
            return null;
        }
        int endToken = best[0];
        int start = text.tokens.get(first).start();
        int end = text.tokens.get(endToken - 1).end() + (best[1] == 1 ? 1 : 0);
        if (insideCompound(text.raw, start, end)) {
            return null;
        }
        return new Match(this, first, endToken, start, end);
    }

    private void walk(Text text, int stepIndex, int tokenIndex, int first, boolean fullStopBefore, int[] best) {
        if (stepIndex == steps.size()) {
            if (tokenIndex > best[0]) {
                best[0] = tokenIndex;
                best[1] = fullStopBefore ? 1 : 0;
            }
            return;
        }
        Step step = steps.get(stepIndex);
        if (step.forbidden()) {
            if (tokenIndex >= text.tokens.size() || !joined(text, tokenIndex, first, fullStopBefore)
                    || step.match(text.tokens.get(tokenIndex)) == null) {
                walk(text, stepIndex + 1, tokenIndex, first, fullStopBefore, best);
            }
            return;
        }
        if (tokenIndex < text.tokens.size() && joined(text, tokenIndex, first, fullStopBefore)) {
            Token token = text.tokens.get(tokenIndex);
            for (Alternative alternative : step.alternatives()) {
                if (!alternative.matches(token)) {
                    continue;
                }
                boolean fullStop = alternative.fullStop();
                if (!fullStop || (token.end() < text.raw.length() && text.raw.charAt(token.end()) == '.')) {
                    walk(text, stepIndex + 1, tokenIndex + 1, first, fullStop, best);
                }
            }
        }
        if (step.optional()) {
            walk(text, stepIndex + 1, tokenIndex, first, fullStopBefore, best);
        }
    }

    /** Whether word {@code index} follows the previous word of the phrase with only blanks or hyphens between. */
    private static boolean joined(Text text, int index, int first, boolean fullStopBefore) {
        if (index == first) {
            return true;
        }
        String gap = text.gapBefore(index);
        if (fullStopBefore && gap.startsWith(".")) {
            gap = gap.substring(1);
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '‐') {
                return false;
            }
        }
        return true;
    }

    private static boolean insideCompound(String raw, int start, int end) {
        boolean before = start >= 2 && raw.charAt(start - 1) == '-' && Character.isLetterOrDigit(raw.charAt(start - 2));
        boolean after = end + 1 < raw.length() && raw.charAt(end) == '-' && Character.isLetterOrDigit(raw.charAt(end + 1));
        return before || after;
    }
}
