package com.qh.ai.factcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Everyday words, by the key the checker compares words by: those a generated letter may use freely, as opposed to a
 * trade's own terms, which claim something. Read once from {@code qh/ai/factcheck/everyday-words.txt} (how it was
 * built: the README beside it): the common words of general English dictionaries, Russian words used in more than
 * one of twenty thousand short everyday texts, and words used across several job vacancies of different trades.
 */
final class Everyday {

    private static final String RESOURCE = "qh/ai/factcheck/everyday-words.txt";

    private Everyday() {
    }

    /** The table, read on first use (lazily, once per JVM), and the verb bases derived from it while reading. */
    private record Table(Set<String> keys, Set<String> verbs) {
        static final Table INSTANCE = load();
    }

    /** Whether a word of this key is everyday language; words of three letters or fewer always are. */
    static boolean word(String key) {
        return key.length() <= 3 || Table.INSTANCE.keys().contains(key);
    }

    /**
     * Whether a lower-case English word can be a verb's base form by the table: its "-ing" form is an everyday word
     * ("keep" for "keeping", "analyse" for "analysing").
     */
    static boolean verb(String lower) {
        return Table.INSTANCE.verbs().contains(lower);
    }

    private static Table load() {
        Set<String> keys = new HashSet<>(1 << 17);
        Set<String> verbs = new HashSet<>();
        InputStream in = Everyday.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String word = line.strip();
                if (word.isEmpty()) {
                    continue;
                }
                keys.add(Words.computeKeyOf(word));
                verbs.addAll(Words.ingBases(word)); // "keeping": keep, the table's lines are lower case
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(Set.copyOf(keys), Set.copyOf(verbs));
    }
}
