package com.qh.analysis.tone;

import java.util.List;
import java.util.Locale;

/**
 * What {@link ToneAnalyzer} found in one text.
 *
 * @param language {@code en} or {@code ru}: the one asked for, else the detected one
 * @param languageDetected whether the language was detected (by the share of Cyrillic letters) rather than given
 * @param kind resume or letter, which decides whether the first person is a finding
 * @param sentiment the writer's tone, not the content: a plain factual bullet is neutral even when it reports a success
 * @param formality how formal the wording is
 * @param confidence how assertive the writer sounds (hedges, apologies and weak verbs lower it; figures raise it)
 * @param readability a readability formula for the language, and the counts it was computed from
 * @param findings in text order, each with offsets into the text as given ({@code start} inclusive, {@code end}
 *        exclusive, Java {@code String} indices) and a suggestion in the text's language
 */
public record ToneReport(String language, boolean languageDetected, TextKind kind, Sentiment sentiment,
        Scale formality, Scale confidence, Readability readability, List<Finding> findings) {

    public ToneReport {
        findings = List.copyOf(findings);
    }

    /** The language as a locale, for callers that pass it on (e-mails, suggestions). */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The findings of one type, in text order. */
    public List<Finding> findings(FindingType type) {
        return findings.stream().filter(finding -> finding.type() == type).toList();
    }

    /** Positive, neutral or negative. */
    public enum Polarity { POSITIVE, NEUTRAL, NEGATIVE }

    /**
     * @param label the class
     * @param score from -1 (most negative) to 1 (most positive); the label is NEUTRAL when it is near 0
     * @param cues the words and phrases that decided it, as found in the text
     */
    public record Sentiment(Polarity label, double score, List<String> cues) {
        public Sentiment {
            cues = List.copyOf(cues);
        }
    }

    /** Low, medium or high. */
    public enum Level { LOW, MEDIUM, HIGH }

    /**
     * A 0–1 scale with its reading.
     *
     * @param label LOW below 0.4, HIGH from 0.65
     * @param score 0 to 1
     * @param cues what moved it, as found in the text
     */
    public record Scale(Level label, double score, List<String> cues) {
        public Scale {
            cues = List.copyOf(cues);
        }
    }

    /**
     * @param formula the formula used: Flesch reading ease for English, Oborneva's adaptation of it for Russian
     * @param score 0 (very hard) to 100 (very easy)
     * @param level the usual bands of the formula: EASY from 70, STANDARD from 50, HARD from 30, else VERY_HARD
     * @param sentences sentences (and bullet lines) counted
     * @param words words counted
     * @param wordsPerSentence mean sentence length
     * @param syllablesPerWord mean word length in syllables (vowel groups)
     */
    public record Readability(String formula, double score, String level, int sentences, int words,
            double wordsPerSentence, double syllablesPerWord) {
    }

    /**
     * One thing to look at.
     *
     * @param type what it is
     * @param start offset of the first character in the text
     * @param end offset after the last character
     * @param text the text between them
     * @param suggestion what to do about it, in the text's language
     */
    public record Finding(FindingType type, int start, int end, String text, String suggestion) {
    }
}
