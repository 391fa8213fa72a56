package com.qh.analysis.tone;

import com.qh.analysis.tone.Text.Sentence;
import com.qh.analysis.tone.ToneReport.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences too long to take in at a glance. Words are blank-separated pieces with a letter or a digit (so
 * "5–9" and "hh.ru" are one word each, a dash is none). The limits, 30 English and 25 Russian words, follow the usual
 * plain-language advice (20–25 words on average, 30 at most) and allow for Russian words being longer and fewer.
 */
final class LongSentences {

    static final int MAX_WORDS_EN = 30;
    static final int MAX_WORDS_RU = 25;

    private final Suggestions suggestions;
    private final int max;

    LongSentences(Language language, Suggestions suggestions) {
        this.suggestions = suggestions;
        this.max = language == Language.RU ? MAX_WORDS_RU : MAX_WORDS_EN;
    }

    List<Finding> find(Text text) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : text.sentences) {
            int words = words(text.raw.substring(sentence.start(), sentence.end()));
            if (words > max) {
                findings.add(suggestions.longSentence(text.raw, sentence.start(), sentence.end(), words, max));
            }
        }
        return findings;
    }

    static int words(String sentence) {
        int words = 0;
        for (String piece : sentence.split("\\s+")) {
            for (int i = 0; i < piece.length(); i++) {
                if (Character.isLetterOrDigit(piece.charAt(i))) {
                    words++;
                    break;
                }
            }
        }
        return words;
    }
}
