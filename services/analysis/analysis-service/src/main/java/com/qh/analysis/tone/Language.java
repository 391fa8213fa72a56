package com.qh.analysis.tone;

import java.util.Locale;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/** The two languages the analyser reads, and how a text's language is told when the caller does not say. */
enum Language {
    EN("en"), RU("ru");

    final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language of a locale, or null when it is neither English nor Russian. */
    static Language of(Locale locale) {
        String code = locale.getLanguage();
        return switch (code) {
            case "en" -> EN;
            case "ru" -> RU;
            default -> null;
        };
    }

    /**
     * Russian when the text has more Cyrillic letters than Latin ones, else English. Enough for these two
     * languages: a Russian bullet full of technology names ("Разработал REST API на Spring Boot") still has more
     * Cyrillic letters; a line of nothing but names ("Java, Spring, Kafka") reads the same in either language.
     */
    static Language detect(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic > latin ? RU : EN;
    }

    /** A fresh Snowball stemmer (Lucene's); they keep state, so each thread needs its own. */
    SnowballStemmer newStemmer() {
        return this == RU ? new RussianStemmer() : new EnglishStemmer();
    }

}
