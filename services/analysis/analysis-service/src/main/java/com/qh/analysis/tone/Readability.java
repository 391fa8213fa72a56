package com.qh.analysis.tone;

import com.qh.analysis.tone.Text.Token;
import com.qh.analysis.tone.ToneReport;

/**
 * Flesch reading ease for English ({@code 206.835 − 1.015·words/sentence − 84.6·syllables/word}) and Oborneva's
 * adaptation of it to Russian ({@code 206.835 − 1.3·words/sentence − 60.1·syllables/word}), clamped to 0–100.
 * Syllables are vowel groups (English, less a silent final "e") or vowels (Russian). Resumes score lower than
 * prose: their bullets are dense with terms.
 */
final class Readability {

    private Readability() {
    }

    static ToneReport.Readability of(Text text) {
        int words = 0;
        int syllables = 0;
        for (Token token : text.tokens) {
            if (token.isNumber()) {
                words++;
                syllables++;
                continue;
            }
            words++;
            syllables += Math.max(1, syllables(token.lower()));
        }
        int sentences = Math.max(1, text.sentences.size());
        double perSentence = words == 0 ? 0 : (double) words / sentences;
        double perWord = words == 0 ? 0 : (double) syllables / words;
        boolean russian = text.language == Language.RU;
        double score = words == 0 ? 100
                : russian ? 206.835 - 1.3 * perSentence - 60.1 * perWord
                : 206.835 - 1.015 * perSentence - 84.6 * perWord;
        score = Math.round(Math.max(0, Math.min(100, score)) * 10) / 10.0;
        String level = score >= 70 ? "EASY" : score >= 50 ? "STANDARD" : score >= 30 ? "HARD" : "VERY_HARD";
        return new ToneReport.Readability(russian ? "Flesch reading ease (Oborneva)" : "Flesch reading ease", score,
                level, text.sentences.size(), words, round(perSentence), round(perWord));
    }

    static int syllables(String word) {
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("аеёиоуыэюя".indexOf(c) >= 0) {
                count++;
                inVowel = false;
                continue;
            }
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        if (count > 1 && word.endsWith("e") && !word.endsWith("le") && word.chars().allMatch(c -> c < 128)) {
            count--;
        }
        return count;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
