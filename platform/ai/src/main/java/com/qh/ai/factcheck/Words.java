package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Words of a text and the key each is compared by: lower case, {@code ё} as {@code е}, Cyrillic words stemmed with
 * Lucene's Russian Snowball stemmer so that «Яндексе» meets «Яндекс», Latin words with plurals folded.
 */
final class Words {

    /** A word as written, its comparison key, and where it stands. */
    record Word(String raw, String key, int start, int end) {
    }

    private static final ThreadLocal<SnowballStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);

    private Words() {
    }

    /** Words split at anything but letters and digits; a hyphen splits too ({@code Go-разработчик}). */
    static List<Word> split(CharSequence text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\u0301')) {
                i++;
            }
            // C++, C#: keep the sign with the word
            while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#') && (i + 1 == n
                    || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            String raw = text.subSequence(start, i).toString();
            words.add(new Word(raw, key(raw), start, i));
        }
        return words;
    }

    static String lower(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("\u0301", "");
    }

    /** Keys worked out before: a profile's words recur on every check, and stemming is the costly part. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The form a word is compared by. */
    static String key(String raw) {
        String known = KEYS.get(raw);
        if (known != null) {
            return known;
        }
        String key = computeKey(raw);
        if (KEYS.size() > 200_000) {
            KEYS.clear(); // bounded: a long-running service sees an open vocabulary
        }
        KEYS.put(raw, key);
        return key;
    }

    /** Possessive pronouns by their forms: «Мой арбитр» is named «Моим арбитром» too. */
    private static final java.util.Map<String, String> POSSESSIVES = possessives();

    private static java.util.Map<String, String> possessives() {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        for (String stem : List.of("мо", "тво", "сво")) {
            for (String ending : List.of("й", "я", "е", "и", "его", "ей", "ему", "им", "их", "ими", "ю")) {
                forms.put(stem + ending, stem + "й");
            }
        }
        for (String stem : List.of("наш", "ваш")) {
            for (String ending : List.of("", "а", "е", "и", "его", "ей", "ему", "им", "их", "ими", "у")) {
                forms.put(stem + ending, stem);
            }
        }
        return forms;
    }

    /**
     * The base forms a lower-case English "-ing" form may be made from, in this order: the stem, the stem with "e",
     * and, for a doubled last letter, the stem without it ("keeping": keep; "analysing": analys, analyse; "running":
     * runn, runne, run). Empty for any other word and for words under six letters.
     */
    static List<String> ingBases(String lower) {
        if (lower.length() < 6 || !lower.endsWith("ing") || isCyrillic(lower)) {
            return List.of();
        }
        String base = lower.substring(0, lower.length() - 3);
        int n = base.length();
        return base.charAt(n - 1) == base.charAt(n - 2)
                ? List.of(base, base + "e", base.substring(0, n - 1))
                : List.of(base, base + "e");
    }

    /** The key of a word, not kept in the memo of keys (for reading a word list once). */
    static String computeKeyOf(String raw) {
        return computeKey(raw);
    }

    private static String computeKey(String raw) {
        String w = lower(raw);
        if (w.isEmpty()) {
            return w;
        }
        String possessive = POSSESSIVES.get(w);
        if (possessive != null) {
            return possessive;
        }
        if (isCyrillic(w)) {
            if (w.length() <= 3) {
                return w;
            }
            SnowballStemmer stemmer = RUSSIAN.get();
            stemmer.setCurrent(w);
            stemmer.stem();
            String stem = stemmer.getCurrent();
            if (stem.length() >= 5 && stem.endsWith("ец")) {
                // a fleeting vowel: «Кировец», «на Кировце» and «продавец», «продавца» share «кировц», «продавц»
                return stem.substring(0, stem.length() - 2) + "ц";
            }
            return stem.length() >= 2 ? stem : w;
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && Character.isLetter(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean isCyrillic(String w) {
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(w.charAt(i));
            if (b == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** A rough Latin spelling of a key, so that «Озон» meets Ozon and «Яндекс» meets Yandex. */
    static String latin(String key) {
        StringBuilder out = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            out.append(switch (c) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'д' -> "d";
                case 'е', 'э' -> "e"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и', 'й', 'ы' -> "i";
                case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o";
                case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t"; case 'у' -> "u";
                case 'ф' -> "f"; case 'х' -> "h"; case 'ц' -> "ts"; case 'ч' -> "ch"; case 'ш' -> "sh";
                case 'щ' -> "sch"; case 'ъ', 'ь' -> ""; case 'ю' -> "iu"; case 'я' -> "ia";
                case 'x' -> "ks"; case 'y', 'j' -> "i"; case 'w' -> "v"; case 'c' -> "k"; case 'q' -> "k";
                default -> String.valueOf(c);
            });
        }
        return out.toString().replace("kk", "k");
    }

    static boolean isUpper(String raw) {
        return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
    }

    static boolean allCaps(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    /** The text in lower case, char for char, so that a match's positions are the text's own. */
    static String lowerKeepingLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
