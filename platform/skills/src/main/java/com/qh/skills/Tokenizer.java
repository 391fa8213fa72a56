package com.qh.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Splits text into words the way skill names are written, and stems each word with Lucene's Snowball stemmer for
 * its script: Cyrillic words with Lucene's Russian Snowball stemmer ({@code Кафкой} and {@code Кафка} both become
 * {@code кафк}), Latin words with Lucene's minimal English stemmer, which only folds plurals ({@code databases}):
 * a full English stemmer makes {@code solid} of {@code Solidity} and {@code market} of {@code Marketing}. The
 * script decides, not the text's language, because Russian vacancies name most technologies in Latin letters.
 *
 * <p>Technology names keep their punctuation: {@code C++}, {@code C#}, {@code .NET}, {@code Node.js} and
 * {@code ASP.NET} are one word each, while {@code /}, {@code -} and {@code :} separate words, so
 * {@code Java/Kotlin} and {@code CI/CD} and {@code 1С:Бухгалтерия} come apart the same way in a text and in an
 * alias. Words with digits are not stemmed. Not thread-safe: the stemmers keep state.
 */
final class Tokenizer {

    private final SnowballStemmer russian = new RussianStemmer();
    private final KeywordTokenizer word = new KeywordTokenizer();
    private final TokenStream english = new EnglishMinimalStemFilter(word);
    private final CharTermAttribute englishTerm = english.addAttribute(CharTermAttribute.class);
    /** Bounds the stem cache of a long-lived tokenizer (one per thread) on texts of endless new words. */
    private static final int MAX_CACHED_STEMS = 50_000;

    private final Map<String, String> englishStems = new HashMap<>();

    List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            boolean dotWord = c == '.' && i + 1 < length && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !dotWord) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < length) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if (d == '.' && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else if ((d == '+' || d == '#') && (i + 1 == length || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    while (i < length && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                        i++;
                    }
                    break;
                } else {
                    break;
                }
            }
            String raw = text.subSequence(start, i).toString();
            tokens.add(new Token(raw, key(raw), start, i));
        }
        return tokens;
    }

    static String lower(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** {@link #lower} in one script: how a word too short to stem is compared. */
    static String folded(String raw) {
        return oneScript(lower(raw));
    }

    /** Latin letters that look like Cyrillic ones, and the Cyrillic letters they look like, position by position. */
    private static final String LATIN_LOOKALIKES = "aceopxykmthb";
    private static final String CYRILLIC_LOOKALIKES = "асеорхукмтнв";

    /**
     * The form a word is compared by: lower case, {@code ё} as {@code е}, stemmed when it is a plain word. A word
     * typed in two scripts ({@code Регресcионное} with a Latin {@code c}, {@code Сrystal} with a Cyrillic
     * {@code С}, {@code С#}) is read in the script of most of its letters, as a reader sees it.
     */
    String key(String raw) {
        String lower = oneScript(lower(raw));
        if (lower.length() < 4) {
            return lower;
        }
        boolean cyrillic = true;
        boolean latin = true;
        for (int i = 0; i < lower.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(lower.charAt(i));
            cyrillic &= script == Character.UnicodeScript.CYRILLIC;
            latin &= script == Character.UnicodeScript.LATIN;
        }
        if (latin) {
            if (englishStems.size() > MAX_CACHED_STEMS) {
                englishStems.clear();
            }
            return englishStems.computeIfAbsent(lower, this::stemEnglish);
        }
        if (!cyrillic) {
            return lower;
        }
        russian.setCurrent(lower);
        russian.stem();
        return russian.getCurrent();
    }

    /** The word with look-alike letters of the script it has fewer letters of written in the other one. */
    static String oneScript(String lower) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < lower.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(lower.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        boolean symbol = lower.indexOf('#') >= 0 || lower.indexOf('+') >= 0;
        if (cyrillic > 0 && (latin > 0 || symbol)) {
            // "С#" and "С++" are C# and C++ typed on a Russian keyboard; otherwise the majority decides.
            boolean toLatin = latin == 0 ? symbol : latin > cyrillic;
            String from = toLatin ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
            String to = toLatin ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
            StringBuilder folded = new StringBuilder(lower.length());
            for (int i = 0; i < lower.length(); i++) {
                int at = from.indexOf(lower.charAt(i));
                folded.append(at >= 0 ? to.charAt(at) : lower.charAt(i));
            }
            return folded.toString();
        }
        return lower;
    }

    /** British endings and the American ones they are compared as, longest first; see {@link #american}. */
    private static final String[][] BRITISH = {{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"},
            {"ised", "ized"}, {"iser", "izer"}, {"ises", "izes"}, {"ise", "ize"}, {"ysing", "yzing"}, {"ysed", "yzed"},
            {"yse", "yze"}, {"ence", "ense"}, {"ogue", "og"}, {"amme", "am"}, {"ageing", "aging"}};

    /**
     * A word in its American spelling, so that one spelling of a name matches both: {@code licence} and
     * {@code license}, {@code organisation} and {@code organization}, {@code colour} and {@code color},
     * {@code centre} and {@code center}, {@code programme} and {@code program}, {@code catalogue} and
     * {@code catalog}, {@code analyse} and {@code analyze}. Both sides of a comparison are read the same way, so a
     * word that only looks British ({@code expertise}, {@code science}) is changed on both and still meets itself.
     */
    static String american(String word) {
        int n = word.length();
        if (n < 5) {
            return word;
        }
        if (word.endsWith("our") && n >= 6) {
            return word.substring(0, n - 2) + "r";
        }
        if ((word.endsWith("tre") || word.endsWith("bre")) && n >= 5) {
            return word.substring(0, n - 2) + "er";
        }
        for (String[] ending : BRITISH) {
            String british = ending[0];
            if (word.endsWith(british) && n - british.length() >= 3) {
                return word.substring(0, n - british.length()) + ending[1];
            }
        }
        return word;
    }

    private String stemEnglish(String lower) {
        try {
            word.setReader(new StringReader(lower));
            english.reset();
            String stem = english.incrementToken() ? englishTerm.toString() : lower;
            english.end();
            english.close();
            return american(stem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
