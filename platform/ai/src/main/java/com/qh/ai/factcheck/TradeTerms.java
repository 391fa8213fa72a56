package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trade terms' pass, taken out of {@link FactChecker}: a trade's own nouns with no cue word, found as runs of
 * neighbouring words that neither the profile nor the vacancy writes, one of them at least not everyday language.
 * What a word is and where it stands the check's {@link Context} tells; this class finds the runs.
 */
final class TradeTerms {

    /** What a check tells about the words of its text. */
    interface Context {

        /** Whether a word is a content word that neither the profile nor the vacancy writes, and may name a thing. */
        boolean tradeWord(Words.Word word);

        /** Whether only letters and spaces stand between two offsets (a run does not cross punctuation). */
        boolean joined(int from, int to);

        /** Whether words at this span are stated as the candidate's own: not asked for, denied, wished, not read yet. */
        boolean statedHere(int start, int end);

        /** Whether every rare word of the run from word {@code first} to {@code last} writes out a profile's abbreviation. */
        boolean spelledOut(int first, int last);
    }

    /**
     * Words that name no thing whatever their rarity: a Russian verb or verbal form (a past, an infinitive, a
     * person's ending, a reflexive, a participle of «-овать», a gerund: «автоматизирую», «перевёл», «свожу»,
     * «мотивированными»), a numeral or a span of years («четырёх», «тринадцатилетним»), a pronoun, an English
     * adverb or function word.
     */
    static final Pattern NOT_A_TERM = Pattern.compile("[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ти|"
            + "тись|сь|жу|шу|чу|щу|аю|яю|ею|ирую|зую|ствую|ешь|ет|ем|ете|ют|ут|ит|ите|ят|ат|ишь|им)|[а-яё]*летн[а-яё]*|"
            + "[а-яё]+вш[а-яё]+|[а-яё]+(?:ованн|ированн)[а-яё]+|[а-яё]+(?:ировав|овав)|"
            + "(?:дв|тр|четыр)(?:ух|ех|ёх|ум|ем|ём|умя|емя|ьмя)|[а-яё]+надцат[а-яё]*|(?:два|три)дцат[а-яё]*|"
            + "(?:пят|шест|сем|восем)(?:ь|и)десят[а-яё]*|сорок[а-яё]*|девяност[а-яё]*|полутора|"
            + "(?:двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти)с[оа]т[а-яё]*|"
            + "чтобы|просто|особенно|очень|также|тоже|всегда|меня|мной|мне|моему|моей|моим|моих|своему|своей|своим|"
            + "своих|этот|этого|этой|этим|этих|который|которая|которое|которые|которых|которым|"
            + "[a-z]+ly|before|after|across|much|many|more|most|very|also|then|when|where|which|while|"
            + "into|onto|about|such|each|every|other|some|both|only|just|even|than|through|within|without|"
            + "during|since|until|upon|whose|what|there|here|again|still|ever|never|always|often");

    /** A single rare Russian word this long or longer is a term by itself («эхокардиографию»). */
    private static final int LONE_TERM = 12;
    /**
     * The same for an English word ("osseointegrated" among the profile's "limb" and "fitting"). Shorter ones
     * alone are too often an everyday word's derivation the table lacks: at 13 letters "visualisation",
     * "observability" and "renegotiating" were flagged on the studied sets, at 14 none.
     */
    private static final int LONE_TERM_LATIN = 14;

    private TradeTerms() {
    }

    /**
     * A trade's own nouns, with no cue word: a run of two or more neighbouring content words that neither the
     * profile nor the vacancy writes, one of them at least not everyday language ({@link Everyday}: "instrumental
     * insemination", «кохлеарную имплантацию», «уставки релейной защиты»), or one long Russian word of that kind,
     * stated outside a requirement, a negation, a wish to learn and the employer's side. Everyday words that
     * neither side writes ("Буду рада обсудить", "spent almost") are not terms; verbs, numerals and pronouns
     * break a run.
     *
     * @return the spans {start, end} of the terms in text order
     */
    static List<int[]> find(List<Words.Word> words, Profile profile, Context context) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!context.tradeWord(words.get(i))) {
                continue;
            }
            int last = i;
            while (last + 1 < words.size() && context.tradeWord(words.get(last + 1))
                    && context.joined(words.get(last).end(), words.get(last + 1).start())) {
                last++;
            }
            int first = i;
            String opener = Words.lower(words.get(i).raw());
            if (last > i && !Words.isCyrillic(opener) && (opener.endsWith("ing") || Everyday.verb(opener))) {
                first = i + 1; // "targeting wormers", "keep allergen records": a verb and its object, not a term
            }
            i = last;
            int rare = 0;
            for (int k = first; k <= last; k++) {
                String raw = words.get(k).raw();
                // a Russian clipped compound of everyday parts («автотранспорта») is no rarer than its parts
                if (!Everyday.word(words.get(k).key()) && !(Words.isCyrillic(raw)
                        && ContentTerms.madeOfOrdinaryParts(Words.lower(raw), profile))) {
                    rare++;
                }
            }
            int start = words.get(first).start();
            int end = words.get(last).end();
            boolean term = last > first ? rare >= 1
                    : rare == 1 && end - start >= (Words.isCyrillic(words.get(first).raw()) ? LONE_TERM : LONE_TERM_LATIN);
            if (term && context.statedHere(start, end) && !context.spelledOut(first, last)) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }
}
