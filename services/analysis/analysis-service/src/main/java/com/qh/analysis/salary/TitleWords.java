package com.qh.analysis.salary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The words of a job title as the model compares them: lower case, «ё» as «е», split at anything but letters and
 * digits, each stemmed by Snowball in its own script (so «Бухгалтера» and «бухгалтер», "Developers" and "developer"
 * meet). Not thread-safe (Snowball stemmers keep state): one per thread or per call.
 */
final class TitleWords {

    private static final Set<String> IGNORED = Set.of("и", "в", "на", "по", "с", "для", "со", "of", "and", "the", "in",
            "for", "to", "a", "an", "at", "г", "м", "ж");

    private final SnowballStemmer russian = new RussianStemmer();

    private final SnowballStemmer english = new EnglishStemmer();

    /** The title's stemmed words, each once, in order. */
    Set<String> of(String title) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : split(title)) {
            if (word.length() < 2 && !Character.isDigit(word.charAt(0)) || IGNORED.contains(word)) {
                continue;
            }
            words.add(stem(word));
        }
        return words;
    }

    /**
     * The title's stemmed words and each adjacent pair of them ("менеджер_продаж"), as the nearest titles are found
     * by: a pair tells «менеджер по продажам» from «менеджер проекта», which share their rarest word's neighbours
     * otherwise.
     */
    Set<String> terms(String title) {
        Set<String> words = of(title);
        Set<String> terms = new LinkedHashSet<>(words);
        String previous = null;
        for (String word : words) {
            if (previous != null) {
                terms.add(previous + "_" + word);
            }
            previous = word;
        }
        return terms;
    }

    private String stem(String word) {
        boolean cyrillic = word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        boolean letters = word.chars().allMatch(Character::isLetter);
        if (!letters || word.length() < 4) {
            return word;
        }
        SnowballStemmer stemmer = cyrillic ? russian : english;
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static List<String> split(String title) {
        List<String> words = new ArrayList<>();
        if (title == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        String text = title.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                word.append(c);
            }
            else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
