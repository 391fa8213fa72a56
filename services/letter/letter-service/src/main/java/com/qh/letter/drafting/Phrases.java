package com.qh.letter.drafting;

import com.qh.rendering.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One phrase file ({@code letter/phrases/<lang>-<tone>.txt}): slots, each with its variants. */
final class Phrases {

    private static final Pattern SLOT = Pattern.compile("\\[([a-z.]+)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final String file;
    private final Map<String, List<String>> slots;

    private Phrases(String file, Map<String, List<String>> slots) {
        this.file = file;
        this.slots = slots;
    }

    static Phrases load(Language language, Tone tone) {
        String file = "letter/phrases/" + language.tag() + "-" + tone.code() + ".txt";
        try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No phrase file " + file);
            }
            Map<String, List<String>> slots = new HashMap<>();
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Matcher slot = SLOT.matcher(text);
                if (slot.matches()) {
                    current = slots.computeIfAbsent(slot.group(1), k -> new ArrayList<>());
                }
                else if (current == null) {
                    throw new IllegalStateException(file + ": a phrase before any [slot]: " + text);
                }
                else {
                    current.add(text);
                }
            }
            return new Phrases(file, Map.copyOf(slots));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String slot) {
        return slots.containsKey(slot);
    }

    /**
     * The variant {@code seed + turn} of a slot, filled in. Turns that follow each other take different variants
     * of a slot that has more than one.
     */
    String fill(String slot, int seed, int turn, Map<String, String> values) {
        List<String> variants = slots.get(slot);
        if (variants == null || variants.isEmpty()) {
            throw new IllegalStateException(file + " has no slot [" + slot + "]");
        }
        String template = variants.get(Math.floorMod(seed + slot.hashCode() + turn, variants.size()));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(file + " [" + slot + "] names {" + m.group(1) + "}, not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Texts.capitalise(out.toString());
    }
}
