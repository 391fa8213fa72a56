package com.qh.analysis.tone;

import com.qh.analysis.tone.Phrase.Match;
import com.qh.analysis.tone.Text.Sentence;
import com.qh.analysis.tone.Text.Token;
import com.qh.analysis.tone.ToneReport.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Result claims without a figure: a claim verb ("Reduced", «Повысил») in a sentence that has no digit and no
 * number word ("two", "a fifth", "doubled", «вдвое», «полгода») is a finding, its span the verb and its object up
 * to a preposition of manner, place or time, a conjunction, a relative pronoun or punctuation ("Reduced delivery
 * costs" in "Reduced delivery costs through route optimisation"); "of" and "for" stay in the object. A verb right
 * after an auxiliary is a passive ("were reduced"), left to that rule. Duties ("Maintained the CI pipeline") are not
 * claims. The sentence, not the whole text, is the unit: one quantified bullet does not excuse the next.
 */
final class UnquantifiedClaims {

    private static final int MAX_OBJECT_WORDS = 8;
    private static final Set<String> SUBJECTS_EN = Set.of("i", "we", "they", "he", "she", "it", "which", "that", "who",
            "and", "to", "also", "will", "would", "can", "could", "must", "should", "helped", "help", "helps");

    private final Language language;
    private final Lexicon claims;
    private final Lexicon figures;
    private final Set<String> nounsToo;
    private final Set<String> stops;
    private final Set<String> auxiliaries;
    private final Suggestions suggestions;

    UnquantifiedClaims(Language language, Suggestions suggestions) {
        this.language = language;
        this.claims = Lexicon.load(language, "claims");
        this.figures = Lexicon.load(language, "figure-phrases");
        this.nounsToo = Lexicon.words(language, "claim-nouns");
        this.stops = Lexicon.words(language, "claim-stops");
        this.auxiliaries = Lexicon.words(language, "passive-auxiliaries");
        this.suggestions = suggestions;
    }

    List<Finding> find(Text text) {
        boolean[] quantified = new boolean[text.sentences.size()];
        for (Token token : text.tokens) {
            if (token.isNumber()) {
                quantified[token.sentence()] = true;
            }
        }
        for (Match match : figures.find(text)) {
            quantified[text.tokens.get(match.firstToken()).sentence()] = true;
        }
        List<Finding> findings = new ArrayList<>();
        for (Match match : claims.find(text)) {
            Token verb = text.tokens.get(match.firstToken());
            Sentence sentence = text.sentenceOf(verb);
            if (quantified[sentence.index()] || !isVerb(text, verb)) {
                continue;
            }
            int end = objectEnd(text, match.endToken(), sentence);
            int endChar = end > match.endToken() ? text.tokens.get(end - 1).end() : match.end();
            findings.add(suggestions.finding(FindingType.NO_NUMBERS, text.raw, match.start(), endChar, null));
        }
        return findings;
    }

    /** Not a passive participle, and for words that are nouns as often ("budget cuts"), at a verb's place. */
    private boolean isVerb(Text text, Token verb) {
        Token before = verb.index() > 0 && !text.firstInSentence(verb) ? text.tokens.get(verb.index() - 1) : null;
        if (before != null && auxiliaries.contains(before.lower()) && text.gapBefore(verb.index()).isBlank()) {
            return false;
        }
        if (!nounsToo.contains(verb.lower()) || before == null) {
            return true;
        }
        String gap = text.gapBefore(verb.index());
        return SUBJECTS_EN.contains(before.lower()) || before.lower().endsWith("ly") || !gap.isBlank();
    }

    /** The word after the object: the first stop word, adverb or punctuation after the verb, within the sentence. */
    private int objectEnd(Text text, int from, Sentence sentence) {
        int end = from;
        while (end < sentence.endToken() && end - from < MAX_OBJECT_WORDS) {
            Token word = text.tokens.get(end);
            if (!plainGap(text.gapBefore(end)) || stops.contains(word.lower()) || isAdverb(word.lower())
                    || word.isNumber()) {
                break;
            }
            end++;
        }
        return end;
    }

    private boolean isAdverb(String word) {
        return language == Language.EN && word.length() > 4 && word.endsWith("ly");
    }

    private static boolean plainGap(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }
}
