package com.qh.analysis.tone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * A text cut into words (Lucene's {@link StandardTokenizer}, Unicode word boundaries, with their offsets) and
 * sentences. Each word carries its lower-case form ({@code ё} read as {@code е}) and its Snowball stem, which is
 * what the lexicons match.
 */
final class Text {

    /** Tokenising only: the rules need every word and its offsets, stop words included. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private static final Map<Language, ThreadLocal<SnowballStemmer>> STEMMERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            STEMMERS.put(language, ThreadLocal.withInitial(language::newStemmer));
        }
    }

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("т.д", "т.п", "т.е", "т.к", "т.н", "др", "пр", "г", "гг",
            "им", "ул", "д", "кв", "м", "км", "руб", "тыс", "млн", "млрд", "стр", "см", "etc", "e.g", "i.e", "mr",
            "mrs", "ms", "dr", "vs", "inc", "ltd", "co", "jr", "sr", "st", "no", "approx", "dept", "incl");

    private static final Pattern BULLET = Pattern.compile("^[\\s•·▪◦●*\\-–—]+");

    final String raw;
    final Language language;
    final List<Token> tokens;
    final List<Sentence> sentences;

    private Text(String raw, Language language, List<Token> tokens, List<Sentence> sentences) {
        this.raw = raw;
        this.language = language;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    /**
     * A word.
     *
     * @param index its place among the text's words
     * @param surface as written
     * @param lower lower case, {@code ё} as {@code е}
     * @param stem the Snowball stem of {@code lower}
     * @param sentence the index of its sentence
     */
    record Token(int index, String surface, String lower, String stem, int start, int end, int sentence) {

        boolean isNumber() {
            for (int i = 0; i < surface.length(); i++) {
                if (Character.isDigit(surface.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        boolean capitalised() {
            return Character.isUpperCase(surface.charAt(0));
        }
    }

    /**
     * A sentence or a bullet line: {@code [start, end)} in the text without leading bullets or trailing blanks, and
     * its words {@code [firstToken, endToken)}.
     */
    record Sentence(int index, int start, int end, int firstToken, int endToken) {

        int tokenCount() {
            return endToken - firstToken;
        }
    }

    static Text of(String raw, Language language) {
        String normalised = raw.replace('ё', 'е').replace('Ё', 'Е');
        List<int[]> sentenceBounds = sentences(raw);
        List<Token> tokens = new ArrayList<>();
        SnowballStemmer stemmer = STEMMERS.get(language).get();
        try (TokenStream stream = WORDS.tokenStream("text", normalised)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int sentence = 0;
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                while (sentence < sentenceBounds.size() - 1 && start >= sentenceBounds.get(sentence)[1]) {
                    sentence++;
                }
                String lower = term.toString().toLowerCase(Locale.ROOT);
                stemmer.setCurrent(lower);
                stemmer.stem();
                tokens.add(new Token(tokens.size(), raw.substring(start, end), lower, stemmer.getCurrent(), start,
                        end, sentence));
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a string reader does not fail
        }
        List<Sentence> sentences = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < sentenceBounds.size(); s++) {
            int first = next;
            while (next < tokens.size() && tokens.get(next).sentence() == s) {
                next++;
            }
            sentences.add(new Sentence(s, sentenceBounds.get(s)[0], sentenceBounds.get(s)[1], first, next));
        }
        return new Text(raw, language, List.copyOf(tokens), List.copyOf(sentences));
    }

    /** The text between two consecutive words (or from the text's start when {@code index} is 0). */
    String gapBefore(int index) {
        int from = index == 0 ? 0 : tokens.get(index - 1).end();
        return raw.substring(from, tokens.get(index).start());
    }

    Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    boolean firstInSentence(Token token) {
        return sentenceOf(token).firstToken() == token.index();
    }

    /**
     * Sentence bounds: a line break ends one, and so do {@code . ! ? …} followed by a blank and a capital, a digit
     * or a quote, unless the full stop closes an abbreviation ("т.д.", "etc.") or an initial. Bullets and blanks
     * at a line's start are left out, trailing blanks too. Never empty: a text without sentences is one.
     */
    static List<int[]> sentences(String raw) {
        List<int[]> bounds = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = raw.length();
            }
            splitLine(raw, lineStart, lineEnd, bounds);
            lineStart = lineEnd + 1;
        }
        if (bounds.isEmpty()) {
            bounds.add(new int[] {0, raw.length()});
        }
        return bounds;
    }

    private static final Pattern END = Pattern.compile("[.!?…]+[»\"”’)]*(?=\\s+[\\p{Lu}\\d«\"“(])");

    private static void splitLine(String raw, int from, int to, List<int[]> bounds) {
        String line = raw.substring(from, to);
        Matcher bullet = BULLET.matcher(line);
        int start = bullet.find() ? bullet.end() : 0;
        Matcher end = END.matcher(line);
        int searchFrom = start;
        while (end.find(searchFrom)) {
            searchFrom = end.end();
            if (end.group().startsWith(".") && end.group().length() == 1 && abbreviationBefore(line, end.start())) {
                continue;
            }
            add(raw, from + start, from + end.end(), bounds);
            start = end.end();
            while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
        }
        add(raw, from + start, to, bounds);
    }

    private static boolean abbreviationBefore(String line, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(line.charAt(wordStart - 1)) || line.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = line.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(line.charAt(wordStart)));
    }

    private static void add(String raw, int start, int end, List<int[]> bounds) {
        while (start < end && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            bounds.add(new int[] {start, end});
        }
    }
}
