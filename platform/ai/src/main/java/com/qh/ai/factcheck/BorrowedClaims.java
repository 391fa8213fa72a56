package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The borrowed claims' pass, taken out of {@link FactChecker}: what the vacancy would welcome, restated as the
 * candidate's own. What a word is and where it stands the check's {@link Context} tells; this class finds the phrases.
 */
final class BorrowedClaims {

    /** What a check tells about the words of its text. */
    interface Context {

        /** Whether a word may be part of a phrase: four letters or more, a letter first, not a stop word. */
        boolean phraseWord(Words.Word word);

        /** Whether only letters and spaces stand between two offsets. */
        boolean joined(int from, int to);

        /** Whether words at this span, taken from the vacancy, are stated here as the candidate's own. */
        boolean statedHere(int start, int end);
    }

    /** A first-person possessive: what follows is the candidate's own ("my documents"), not a skill. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:my|our|мо(?:й|я|и|е|ё|ю|его|ей|ему|им|их|ими)|"
            + "наш\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BorrowedClaims() {
    }

    /**
     * What the vacancy would welcome, stated as the candidate's own: two words the vacancy writes together where it
     * names what it would welcome ("experience with hydrogen is a bonus", «Приветствуются: высшая квалификационная
     * категория, навыки проведения кожных скарификационных проб»), one of which the profile never writes (a
     * long word alone will do: «электробусов»), stated outside a clause about the employer, a wish or a
     * requirement, in a sentence where the candidate speaks of themselves. A generated letter's commonest false
     * claim is the vacancy's nice-to-have restated as experience, and no cue word announces it.
     *
     * @return the spans {start, end} of the borrowed claims in text order
     */
    static List<int[]> find(List<Words.Word> words, Profile profile, Context context) {
        List<int[]> found = new ArrayList<>();
        if (!profile.hasTarget || profile.vacancyText().isEmpty()) {
            return found;
        }
        for (int i = 0; i < words.size(); i++) {
            Words.Word a = words.get(i);
            // one word alone: long, the profile's nowhere, not the candidate's own thing ("по моим документам")
            if (context.phraseWord(a) && a.raw().length() >= 7 && profile.vacancyWelcomes(a.key(), null)
                    && !profile.knownWord(a.key()) && !(i > 0 && POSSESSIVE.matcher(words.get(i - 1).raw()).matches())
                    && context.statedHere(a.start(), a.end())) {
                found.add(new int[] {a.start(), a.end()});
                continue;
            }
            int j = i + 1;
            if (j + 1 < words.size() && Profile.PHRASE_GLUE.contains(Words.lower(words.get(j).raw()))) {
                j++;
            }
            if (j >= words.size()) {
                break;
            }
            Words.Word b = words.get(j);
            if (!context.phraseWord(a) || !context.phraseWord(b) || !profile.vacancyWelcomes(a.key(), b.key())
                    || !context.joined(a.end(), b.start())
                    || (a.raw().length() < 6 || profile.knownWord(a.key()))
                    && (b.raw().length() < 6 || profile.knownWord(b.key()))) {
                continue;
            }
            int start = a.start();
            int last = j;
            // the rest of the vacancy's phrase: "vapour recovery systems"
            while (last + 1 < words.size() && context.phraseWord(words.get(last + 1))
                    && context.joined(words.get(last).end(), words.get(last + 1).start())
                    && profile.vacancyWelcomes(words.get(last).key(), words.get(last + 1).key())) {
                last++;
            }
            int end = words.get(last).end();
            if (!context.statedHere(start, end)) {
                continue;
            }
            found.add(new int[] {start, end});
            i = last;
        }
        return found;
    }
}
