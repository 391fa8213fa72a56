package com.qh.web.profile;

import com.qh.web.view.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What an import (a reviewed resume, a JSON Resume file) would do to the profile, as the profile service's dry run
 * says it: per section, the entries added, changed and removed (compared by position) each named in a line, and the
 * personal fields changed with their new values.
 *
 * @param sections one line per section touched, in the service's order
 * @param removals whether any entry would be removed (the import replaces the sections the resume has)
 * @param etag the profile's version the dry run was made against, sent back as {@code If-Match} to apply it
 */
public record ProfileImport(List<SectionChange> sections, boolean removals, String etag) {

    /**
     * One section's changes.
     *
     * @param section the profile's section ({@code experience}, {@code personal}, ...)
     * @param name the section in the page's language
     * @param added entries added
     * @param changed entries (or personal fields) changed
     * @param removed entries removed
     * @param fields the personal fields or summary members changed, in the page's language
     * @param lines each change in a line, in the service's order
     */
    public record SectionChange(String section, String name, int added, int changed, int removed,
            List<String> fields, List<Line> lines) {
    }

    /**
     * One change in words.
     *
     * @param action {@code added}, {@code changed} or {@code removed}
     * @param text the entry (or field) as it will be, or as it was for a removal
     * @param was for a change, the entry as it is now when that reads differently, else empty
     */
    public record Line(String action, String text, String was) {
    }

    public boolean empty() {
        return sections.isEmpty();
    }

    /** The dry run's answer ({@code {"changes": [...]}}) with its ETag, in the page's language. */
    public static ProfileImport of(JsonNode answer, String etag, Page page) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        for (JsonNode change : answer.path("changes")) {
            String section = change.path("section").asString("");
            if (section.isEmpty()) {
                continue;
            }
            int[] count = counts.computeIfAbsent(section, ignored -> new int[3]);
            fields.computeIfAbsent(section, ignored -> new ArrayList<>());
            switch (change.path("action").asString("")) {
                case "ADDED" -> count[0]++;
                case "REMOVED" -> count[2]++;
                default -> count[1]++;
            }
            String field = change.path("field").asString("");
            String fieldName = page.tOr("import.field." + field, page.tOr("field." + field, field));
            if (!field.isEmpty()) {
                fields.get(section).add(fieldName);
            }
            Line line = line(change, field.isEmpty() ? null : fieldName, page);
            if (line != null) {
                lines.computeIfAbsent(section, ignored -> new ArrayList<>()).add(line);
            }
        }
        List<SectionChange> sections = new ArrayList<>();
        boolean removals = false;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] count = entry.getValue();
            removals |= count[2] > 0;
            sections.add(new SectionChange(entry.getKey(), page.tOr("import.section." + entry.getKey(),
                    entry.getKey()), count[0], count[1], count[2], fields.get(entry.getKey()),
                    lines.getOrDefault(entry.getKey(), List.of())));
        }
        return new ProfileImport(sections, removals, etag == null ? "" : etag);
    }

    /** A change in words: an entry as the overview names it, a field as "Headline: Senior developer". */
    private static Line line(JsonNode change, String field, Page page) {
        String action = change.path("action").asString("CHANGED").toLowerCase(Locale.ROOT);
        JsonNode before = change.path("before");
        JsonNode after = change.path("after");
        if (field != null) {
            String now = value(after, page);
            now = now.length() > 160 ? now.substring(0, 157) + "…" : now;
            return now.isEmpty() ? null : new Line(action, field + ": " + now, "");
        }
        String section = change.path("section").asString("");
        String text = EntryForms.describe(section, after.isMissingNode() ? before : after, page);
        if (text.isEmpty()) {
            return null;
        }
        String was = "changed".equals(action) ? EntryForms.describe(section, before, page) : "";
        return new Line(action, text, was.equals(text) ? "" : was);
    }

    /** A personal field's value in one line: a text in the page's language, the parts of an object joined. */
    private static String value(JsonNode value, Page page) {
        if (value.isObject() && (value.has("ru") || value.has("en"))) {
            return Texts.pick(value, page.lang());
        }
        if (value.isObject() || value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode part : value) {
                String text = value(part, page);
                if (!text.isBlank()) {
                    parts.add(text);
                }
            }
            return String.join(", ", parts);
        }
        return value.isValueNode() && !value.isNull() ? value.asString() : "";
    }
}
