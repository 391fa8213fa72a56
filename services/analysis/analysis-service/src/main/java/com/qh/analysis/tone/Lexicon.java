package com.qh.analysis.tone;

import com.qh.analysis.tone.Phrase.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;

/**
 * A list of phrases read from {@code tone/<language>/<name>.txt} on the classpath (see {@link Phrase} for the
 * syntax; {@code #} starts a comment). Immutable and thread-safe.
 */
final class Lexicon {

    private final List<Phrase> phrases;

    private Lexicon(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static Lexicon load(Language language, String name) {
        SnowballStemmer stemmer = language.newStemmer();
        List<Phrase> phrases = new ArrayList<>();
        for (String line : lines(language, name)) {
            phrases.add(Phrase.parse(line, word -> {
                stemmer.setCurrent(word);
                stemmer.stem();
                return stemmer.getCurrent();
            }));
        }
        return new Lexicon(phrases);
    }

    /** The non-comment lines of a word list, lower-cased, {@code ё} as {@code е}, as a set. */
    static Set<String> words(Language language, String name) {
        Set<String> words = new HashSet<>();
        for (String line : lines(language, name)) {
            for (String word : line.split("\\s+")) {
                words.add(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
            }
        }
        return Set.copyOf(words);
    }

    static List<String> lines(Language language, String name) {
        String path = "tone/" + language.tag + "/" + name + ".txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon " + path);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String body = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!body.isEmpty()) {
                    lines.add(body);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + path, e);
        }
    }

    /** Every match, leftmost first, the longest at each word, never overlapping one another. */
    List<Match> find(Text text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.tokens.size()) {
            Match best = longestAt(text, i);
            if (best == null) {
                i++;
            } else {
                matches.add(best);
                i = best.endToken();
            }
        }
        return matches;
    }

    private Match longestAt(Text text, int i) {
        Match best = null;
        for (Phrase phrase : phrases) {
            Match match = phrase.matchAt(text, i);
            if (match != null && (best == null || match.end() > best.end())) {
                best = match;
            }
        }
        return best;
    }

    int size() {
        return phrases.size();
    }
}
