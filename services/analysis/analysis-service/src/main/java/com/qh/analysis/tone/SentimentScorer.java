package com.qh.analysis.tone;

import com.qh.analysis.tone.Phrase.Match;
import com.qh.analysis.tone.Text.Token;
import com.qh.analysis.tone.ToneReport.Polarity;
import com.qh.analysis.tone.ToneReport.Sentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The writer's tone, not the content: a plain factual bullet is neutral even when it reports a success. Positive
 * cues are evaluative or emotional words ("proud", "thrilled", «горжусь», «с радостью»), self-promoting personal
 * qualities and clichés, and an exclamation mark; negative ones are complaining, apologising, self-deprecating and
 * blaming ("unfortunately", "sorry", "toxic", «к сожалению», «прошу прощения»). A positive word right after a
 * negation ("not happy", «не уверен») counts as negative; a cue inside a neutral phrase ("try my best", «лучшие
 * практики») does not count, and clichés do not offset an explicit negative cue ("not very impressive, but I am
 * hard-working" is self-deprecating). Each cue has a weight (1 unless the lexicon says); the
 * balance decides: positive from +0.5, negative from -0.5, else neutral; the score is {@code tanh(balance / 2)}.
 */
final class SentimentScorer {

    static final double THRESHOLD = 0.5;
    private static final double CLICHE_WEIGHT = 0.6;
    private static final double EXCLAMATION_WEIGHT = 0.6;
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "не", "ни", "нет");

    private final Lexicon positive;
    private final Lexicon negative;
    private final Lexicon neutral;

    SentimentScorer(Language language) {
        this.positive = Lexicon.load(language, "positive");
        this.negative = Lexicon.load(language, "negative");
        this.neutral = Lexicon.load(language, "neutral");
    }

    /**
     * @param cliches how many clichés the text has: self-description in stock phrases is self-promotion
     */
    Sentiment score(Text text, int cliches) {
        double balance = 0;
        List<String> cues = new ArrayList<>();
        List<Match> neutrals = neutral.find(text);
        List<Match> negatives = negative.find(text).stream().filter(match -> !overlaps(match, neutrals)).toList();
        for (Match match : negatives) {
            balance -= match.phrase().weight();
            cues.add("-" + text.raw.substring(match.start(), match.end()));
        }
        for (Match match : positive.find(text)) {
            if (overlaps(match, negatives) || overlaps(match, neutrals)) {
                continue;
            }
            String cue = text.raw.substring(match.start(), match.end());
            if (negated(text, match.firstToken())) {
                balance -= match.phrase().weight();
                cues.add("-not " + cue);
            } else {
                balance += match.phrase().weight();
                cues.add("+" + cue);
            }
        }
        if (cliches > 0 && negatives.isEmpty()) {
            balance += CLICHE_WEIGHT * Math.min(cliches, 3);
            cues.add("+" + cliches + (cliches == 1 ? " cliché" : " clichés"));
        }
        if (text.raw.indexOf('!') >= 0 && balance >= 0) {
            balance += EXCLAMATION_WEIGHT;
            cues.add("+!");
        }
        Polarity label = balance >= THRESHOLD ? Polarity.POSITIVE
                : balance <= -THRESHOLD ? Polarity.NEGATIVE : Polarity.NEUTRAL;
        double score = Math.round(Math.tanh(balance / 2) * 1000) / 1000.0;
        return new Sentiment(label, score, cues);
    }

    private static boolean negated(Text text, int first) {
        for (int k = Math.max(0, first - 2); k < first; k++) {
            Token token = text.tokens.get(k);
            if (token.sentence() == text.tokens.get(first).sentence()
                    && (NEGATIONS.contains(token.lower()) || token.lower().endsWith("n't"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Match match, List<Match> others) {
        for (Match other : others) {
            if (match.start() < other.end() && other.start() < match.end()) {
                return true;
            }
        }
        return false;
    }
}
