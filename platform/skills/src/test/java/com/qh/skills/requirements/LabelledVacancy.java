package com.qh.skills.requirements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One vacancy of the labelled set in {@code src/test/resources/labelled}: a header of {@code # key: value} lines
 * (the expected answers), a {@code ---} line, then the text.
 */
record LabelledVacancy(String file, String language, List<String> must, List<String> nice, String experience,
        String education, String languages, String text) {

    static List<LabelledVacancy> all(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().map(LabelledVacancy::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledVacancy read(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int separator = content.indexOf("\n---");
            Map<String, String> header = new HashMap<>();
            for (String line : content.substring(0, separator).split("\\R")) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") && colon > 0) {
                    header.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            String text = content.substring(content.indexOf('\n', separator + 1) + 1);
            return new LabelledVacancy(file.getFileName().toString(), header.get("lang"), list(header.get("must")),
                    list(header.get("nice")), header.getOrDefault("experience", "none"),
                    header.getOrDefault("education", "none"), header.getOrDefault("languages", "none"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String labels) {
        return labels == null || labels.isBlank() ? List.of()
                : Arrays.stream(labels.split(";")).map(String::strip).filter(label -> !label.isEmpty()).toList();
    }
}
