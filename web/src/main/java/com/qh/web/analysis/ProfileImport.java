package com.qh.web.analysis;

import com.qh.web.view.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What importing a reviewed resume would do to the profile, as the profile service's dry run says it: per section,
 * the entries added, changed and removed (compared by position), and the personal fields changed.
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
     */
    public record SectionChange(String section, String name, int added, int changed, int removed,
            List<String> fields) {
    }

    public boolean empty() {
        return sections.isEmpty();
    }

    static ProfileImport of(JsonNode answer, String etag, Page page) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
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
            if (!field.isEmpty()) {
                fields.get(section).add(page.tOr("import.field." + field, page.tOr("field." + field, field)));
            }
        }
        List<SectionChange> sections = new ArrayList<>();
        boolean removals = false;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] count = entry.getValue();
            removals |= count[2] > 0;
            sections.add(new SectionChange(entry.getKey(), page.tOr("import.section." + entry.getKey(),
                    entry.getKey()), count[0], count[1], count[2], fields.get(entry.getKey())));
        }
        return new ProfileImport(sections, removals, etag == null ? "" : etag);
    }
}
