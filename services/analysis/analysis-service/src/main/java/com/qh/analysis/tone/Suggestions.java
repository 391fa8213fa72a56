package com.qh.analysis.tone;

import com.qh.analysis.tone.ToneReport.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** The suggestion of each finding type in one language, from {@code tone/<language>/suggestions.properties}. */
final class Suggestions {

    private final Map<FindingType, String> templates = new EnumMap<>(FindingType.class);

    Suggestions(Language language) {
        String path = "tone/" + language.tag + "/suggestions.properties";
        Properties properties = new Properties();
        try (InputStream in = Suggestions.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FindingType type : FindingType.values()) {
            String template = properties.getProperty(type.name());
            if (template == null) {
                throw new IllegalStateException(path + " has no suggestion for " + type);
            }
            templates.put(type, template);
        }
    }

    /** A finding over {@code [start, end)} with the type's suggestion, or {@code own} when the phrase has one. */
    Finding finding(FindingType type, String text, int start, int end, String own) {
        String span = text.substring(start, end);
        String template = own != null ? own : templates.get(type);
        return new Finding(type, start, end, span, template.replace("{span}", span));
    }

    /** A long sentence: the template names its length and the limit. */
    Finding longSentence(String text, int start, int end, int words, int max) {
        String suggestion = templates.get(FindingType.LONG_SENTENCE).replace("{words}", Integer.toString(words))
                .replace("{max}", Integer.toString(max));
        return new Finding(FindingType.LONG_SENTENCE, start, end, text.substring(start, end), suggestion);
    }
}
