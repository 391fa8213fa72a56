package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The check's default beside its passes by claim kind: a specific word of a generated sentence must be the profile's
 * or the vacancy's, whether or not a cue says what kind of claim it makes. The passes by kind read what they can name
 * (an employer after "at", a title, a figure); this one catches the words none of them names: a client or a maker's
 * name («работы для Гохрана», "the horses of the Brackenfield hunt"), a trade's adjective beside the profile's own nouns
 * ("myoelectric fittings", "laminitic horses").
 *
 * <p>A word is specific when it is not ordinary language: not in the everyday table ({@link Everyday}: SCOWL's
 * common English words, Russian word forms of everyday short texts, words several job vacancies share), not made of
 * such words ("caseload", "renegotiating", "visualisation", «Минкультуры»), not a verb form, numeral, pronoun or
 * function word, and at least four letters long. Of those, two kinds are read: a capitalised word inside a sentence
 * (a name, in either script; not right after a place preposition, where the employers' pass tells a place from an
 * organisation; not a school's name in a clause about studies; a mixed-case abbreviation and a month are other
 * passes' to read), and a lower-case Latin word of nine letters or more. A lower-case Russian word, and a shorter
 * Latin one, is left to the trade terms' runs of two or more words: alone, too many everyday words the table lacks
 * (an inflected form, a participle, a trade's common noun: «гектаров», "allergen", "rota") would be flagged. The vacancy counts as support, as it does for the trade terms: a word it
 * writes and the candidate claims is the borrowed claims' pass's to judge.
 */
final class ContentTerms {

    /** What a check tells about where a word stands. */
    interface Context {

        /** Whether a word's shape lets it name a thing: not a verb form, a numeral, a pronoun or a function word. */
        boolean mayName(Words.Word word);

        /** Whether words at this span are stated as the candidate's own: not asked for, denied, wished, not read yet. */
        boolean statedHere(int start, int end);

        /** Whether nothing but a sentence's end, a line break or a bullet stands before an offset. */
        boolean opensASentence(int offset);

        /** Whether the clause around an offset is about studies, whose school the school and degree passes read. */
        boolean aboutStudies(int offset);

        /**
         * Whether a preposition that places something stands right before an offset ("in", "to", "at", «в», «из»):
         * a name there is a place or an employer, which the employers' pass tells apart and reads.
         */
        boolean afterAPlacePreposition(int offset);
    }

    /**
     * The shortest lower-case Latin word read alone: shorter rare words are too often a trade's everyday noun the
     * table lacks ("allergen", "rota", "tupping", "fintech" on true sentences of the studied sets).
     */
    private static final int LONE_LATIN = 9;
    private static final Pattern MONTH = Pattern.compile(
            "январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр");
    /** Russian clipped first parts of compound words: «капремонт», «юрлицо», «соцсфера», «Минкультуры». */
    private static final List<String> CLIPPED = List.of("кап", "юр", "соц", "тех", "мин", "фин", "гос", "мед",
            "проф", "спец", "нац", "обл", "гор", "хоз", "пром", "зам", "орг", "спорт", "строй", "энерго", "агро",
            "авиа", "авто", "фото", "видео", "радио", "теле", "микро", "макро", "мульти", "супер", "экс", "вице");
    private static final List<String> EN_PREFIXES = List.of("re", "un", "in", "im", "dis", "over", "under", "up",
            "out", "co", "pre", "post", "sub", "inter", "non", "mis", "multi", "cross", "self", "counter", "super");
    private static final List<String> EN_SUFFIXES = List.of("isation", "ization", "ability", "ation", "ising",
            "izing", "ised", "ized", "ise", "ize", "ings", "ing", "ed", "ers", "er", "or", "less", "ness", "ment",
            "ments", "able", "ible", "ity", "ities", "al", "ally", "ly", "ship", "hood", "ful", "ist", "ists", "ism",
            "ive", "ic");

    private ContentTerms() {
    }

    /**
     * The spans of the specific words in text order that neither the profile nor the vacancy holds (by key, or a
     * stem's first five letters) and that the context says are stated as the candidate's own.
     */
    static List<int[]> unsupported(List<Words.Word> words, Profile profile, Context context) {
        List<int[]> found = new ArrayList<>();
        for (Words.Word w : words) {
            String raw = w.raw();
            if (raw.length() < 4 || !Character.isLetter(raw.charAt(0))) {
                continue;
            }
            boolean name = Character.isUpperCase(raw.charAt(0)) && !context.opensASentence(w.start());
            if (!name && (Words.isCyrillic(raw) || raw.length() < LONE_LATIN)
                    || name && (context.aboutStudies(w.start()) || context.afterAPlacePreposition(w.start()))) {
                continue;
            }
            if (Words.allCaps(raw) || innerCapital(raw) || hasDigit(raw) || MONTH.matcher(Words.lower(raw)).lookingAt()) {
                continue; // abbreviations, figures and dates: the passes for them read these
            }
            if (specific(w, profile) && context.mayName(w) && context.statedHere(w.start(), w.end())) {
                found.add(new int[] {w.start(), w.end()});
            }
        }
        return found;
    }

    private static boolean specific(Words.Word w, Profile profile) {
        String key = w.key();
        if (Everyday.word(key) || profile.knownWord(key) || profile.vacancyHolds(key)) {
            return false;
        }
        return !madeOfOrdinaryParts(Words.lower(w.raw()), profile);
    }

    /**
     * Whether a word is ordinary words joined: a compound of two ("caseload"), a prefix and an ordinary word
     * ("renegotiating"), an ordinary word and a suffix ("visualisation", "prioritise"), or a Russian clipped compound
     * whose second part is ordinary («Минкультуры», «капремонта»). Ordinary here: everyday, or the profile's.
     */
    static boolean madeOfOrdinaryParts(String lower, Profile profile) {
        if (Words.isCyrillic(lower)) {
            for (String clip : CLIPPED) {
                if (lower.startsWith(clip) && lower.length() - clip.length() >= 3
                        && ordinary(lower.substring(clip.length()), profile)) {
                    return true;
                }
            }
            return false;
        }
        for (String suffix : EN_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 4) {
                String base = lower.substring(0, lower.length() - suffix.length());
                int n = base.length();
                if (ordinary(base, profile) || ordinary(base + "e", profile) || ordinary(base + "y", profile)
                        || base.charAt(n - 1) == 'i' && ordinary(base.substring(0, n - 1) + "y", profile)
                        || n >= 5 && base.charAt(n - 1) == base.charAt(n - 2) && ordinary(base.substring(0, n - 1), profile)) {
                    return true;
                }
            }
        }
        for (String prefix : EN_PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() - prefix.length() >= 3
                    && (ordinary(lower.substring(prefix.length()), profile)
                    || madeOfOrdinaryParts(lower.substring(prefix.length()), profile))) {
                return true;
            }
        }
        for (int i = 4; i + 4 <= lower.length(); i++) {
            if (ordinary(lower.substring(0, i), profile) && ordinary(lower.substring(i), profile)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ordinary(String lower, Profile profile) {
        String key = Words.key(lower);
        return Everyday.word(key) || profile.knownWord(key);
    }

    /** A capital after the first letter: an abbreviation in mixed case (УрГЮУ, КубГАУ), the acronyms' pass's. */
    private static boolean innerCapital(String raw) {
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isDigit(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
