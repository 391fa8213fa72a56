package com.qh.analysis.tone;

import com.qh.analysis.tone.Phrase.Match;
import com.qh.analysis.tone.Text.Token;
import com.qh.analysis.tone.ToneReport.Level;
import com.qh.analysis.tone.ToneReport.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * Formality and confidence, two 0–1 scales read from cues, each answer listing the cues that moved it. Neither is
 * measured against labels (the labelled sets carry none): they are stated rules, meant to rank texts, not to grade
 * them.
 *
 * <p>Formality starts at 0.6 and moves with the share of long words (three syllables or more: the Latinate and
 * nominal style of formal writing), formal markers ("regarding", "Dear", «уважаемый», «в рамках», «Вы» inside a
 * sentence) and informal ones (contractions, slang, «ты», exclamation marks, emoticons, words in capitals).
 *
 * <p>Confidence starts at 0.6; assertive wording ("confident", «уверен», «смогу», strong past-tense verbs) and
 * figures raise it, hedges ("maybe", "I hope", «возможно», «надеюсь»), apologies, self-deprecation, weak verbs and
 * the passive lower it.
 */
final class Style {

    private final Lexicon formal;
    private final Lexicon informal;
    private final Lexicon hedges;
    private final Lexicon assertive;

    Style(Language language) {
        this.formal = Lexicon.load(language, "formal");
        this.informal = Lexicon.load(language, "informal");
        this.hedges = Lexicon.load(language, "hedges");
        this.assertive = Lexicon.load(language, "assertive");
    }

    Scale formality(Text text) {
        List<String> cues = new ArrayList<>();
        double score = 0.6;
        int words = 0;
        int longWords = 0;
        for (Token token : text.tokens) {
            if (token.isNumber()) {
                continue;
            }
            words++;
            if (Readability.syllables(token.lower()) >= 3) {
                longWords++;
            }
            if (token.surface().length() >= 3 && token.surface().equals(token.surface().toUpperCase())
                    && token.surface().length() > 5 && Character.isLetter(token.surface().charAt(0))) {
                score -= 0.1;
                cues.add("-" + token.surface());
            }
            if (text.language == Language.RU && token.surface().startsWith("Вы") && !text.firstInSentence(token)
                    && token.lower().matches("вы|вас|вам|вами|ваш.*")) {
                score += 0.1;
                cues.add("+" + token.surface());
            }
        }
        if (words > 0) {
            double share = (double) longWords / words;
            score += (share - 0.25) * 0.8;
        }
        for (Match match : formal.find(text)) {
            score += 0.1;
            cues.add("+" + text.raw.substring(match.start(), match.end()));
        }
        for (Match match : informal.find(text)) {
            score -= 0.15;
            cues.add("-" + text.raw.substring(match.start(), match.end()));
        }
        long exclamations = text.raw.chars().filter(c -> c == '!').count();
        if (exclamations > 0) {
            score -= 0.05 * Math.min(exclamations, 4);
            cues.add("-!");
        }
        if (text.raw.matches("(?s).*([:;]-?[)(DP]|\\){2,}|\\p{So}).*")) {
            score -= 0.2;
            cues.add("-emoticon");
        }
        return scale(score, cues);
    }

    /**
     * @param weakVerbs weak-verb findings in the text
     * @param passives passive findings in the text
     */
    Scale confidence(Text text, int weakVerbs, int passives) {
        List<String> cues = new ArrayList<>();
        double score = 0.6;
        for (Match match : assertive.find(text)) {
            score += 0.08;
            cues.add("+" + text.raw.substring(match.start(), match.end()));
        }
        if (text.tokens.stream().anyMatch(Token::isNumber)) {
            score += 0.1;
            cues.add("+figures");
        }
        for (Match match : hedges.find(text)) {
            score -= 0.12 * match.phrase().weight();
            cues.add("-" + text.raw.substring(match.start(), match.end()));
        }
        if (weakVerbs > 0) {
            score -= 0.08 * weakVerbs;
            cues.add("-" + weakVerbs + " weak verb" + (weakVerbs == 1 ? "" : "s"));
        }
        if (passives > 0) {
            score -= 0.05 * passives;
            cues.add("-" + passives + " passive" + (passives == 1 ? "" : "s"));
        }
        return scale(score, cues);
    }

    private static Scale scale(double raw, List<String> cues) {
        double score = Math.round(Math.max(0, Math.min(1, raw)) * 100) / 100.0;
        Level level = score >= 0.65 ? Level.HIGH : score < 0.4 ? Level.LOW : Level.MEDIUM;
        return new Scale(level, score, cues);
    }
}
