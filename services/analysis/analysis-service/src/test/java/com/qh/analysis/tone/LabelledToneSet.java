package com.qh.analysis.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled sentences under {@code quality/tone/<set>/<language>.jsonl} (see the README there): text, context,
 * sentiment and findings with their spans and start offsets.
 */
final class LabelledToneSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelledToneSet() {
    }

    record Item(String id, TextKind kind, String text, String sentiment, List<Span> findings) {
    }

    record Span(FindingType type, int start, int end, String text) {
    }

    static List<Item> load(String set, String language) throws IOException {
        String path = "quality/tone/" + set + "/" + language + ".jsonl";
        List<Item> items = new ArrayList<>();
        try (InputStream in = LabelledToneSet.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String text = node.path("text").asString();
                List<Span> spans = new ArrayList<>();
                for (JsonNode finding : node.path("findings")) {
                    String span = finding.path("span").asString();
                    int start = finding.path("start").asInt();
                    if (!text.startsWith(span, start)) {
                        throw new IllegalStateException(node.path("id").asString() + ": span '" + span
                                + "' is not at " + start);
                    }
                    spans.add(new Span(FindingType.valueOf(finding.path("type").asString()), start,
                            start + span.length(), span));
                }
                items.add(new Item(node.path("id").asString(),
                        node.path("context").asString().equals("letter") ? TextKind.LETTER : TextKind.RESUME, text,
                        node.path("sentiment").asString(), spans));
            }
        }
        return items;
    }
}
