package com.qh.ai.internal;

import com.qh.ai.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prompt files, {@code classpath:qh/ai/prompts/<feature>.<lang>.md}, read once each. A file starts with a
 * {@code version:} line, then a {@code ## system} section and a {@code ## user} section; {@code {{name}}} is replaced
 * by the task's variable of that name.
 */
final class PromptLibrary {

    private static final Logger log = LoggerFactory.getLogger(PromptLibrary.class);
    private static final String ROOT = "qh/ai/prompts/";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*}}");

    private final Map<String, Prompt> prompts = new ConcurrentHashMap<>();

    /** A prompt file as read: its version line and its two sections, not yet filled in. */
    record Prompt(String feature, Language language, String version, String system, String user) {

        /** The system section with variables filled in. */
        String system(Map<String, String> variables) {
            return fill(system, variables);
        }

        /** The user section with variables filled in. */
        String user(Map<String, String> variables) {
            return fill(user, variables);
        }

        /** The variables the prompt names, in order of first use in the system then the user section. */
        Set<String> variables() {
            Set<String> names = new LinkedHashSet<>();
            for (String section : List.of(system, user)) {
                Matcher m = VARIABLE.matcher(section);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
            return names;
        }

        /**
         * The variables the prompt names that {@code variables} does not give: each would be filled with nothing
         * (and is logged as a warning when the prompt is filled). Empty when the task and the prompt agree.
         */
        Set<String> unfilled(Map<String, String> variables) {
            Set<String> missing = new LinkedHashSet<>(variables());
            missing.removeAll(variables.keySet());
            return missing;
        }

        private String fill(String template, Map<String, String> variables) {
            Matcher m = VARIABLE.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = variables.get(m.group(1));
                if (value == null) {
                    log.warn("Prompt {}.{} names variable '{}' that the task does not give", feature,
                            language.code(), m.group(1));
                    value = "";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /**
     * The prompt for a feature in a language.
     *
     * @throws IllegalStateException when the file is missing or malformed: a fault in this module, not the caller's
     */
    Prompt get(String feature, Language language) {
        return prompts.computeIfAbsent(feature + "." + language.code(), key -> read(feature, language));
    }

    private static Prompt read(String feature, Language language) {
        String path = ROOT + feature + "." + language.code() + ".md";
        String text;
        try (InputStream in = PromptLibrary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No prompt file " + path + " for feature '" + feature + "'");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
        int firstLineEnd = text.indexOf('\n');
        String first = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        if (!first.startsWith("version:")) {
            throw new IllegalStateException(path + " must start with a 'version:' line");
        }
        int system = text.indexOf("\n## system\n");
        int user = text.indexOf("\n## user\n");
        if (system < 0 || user < system) {
            throw new IllegalStateException(path + " must have a '## system' section followed by a '## user' one");
        }
        return new Prompt(feature, language, first.substring("version:".length()).strip(),
                text.substring(system + "\n## system\n".length(), user).strip(),
                text.substring(user + "\n## user\n".length()).strip());
    }
}
