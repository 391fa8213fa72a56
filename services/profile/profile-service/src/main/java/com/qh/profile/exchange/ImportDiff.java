package com.qh.profile.exchange;

import com.qh.profile.model.Profile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an import would change, section by section and entry by entry (entries compared by position, ids
 * ignored), for the dry run a person reviews before applying it.
 */
final class ImportDiff {

    private ImportDiff() {
    }

    static List<Change> between(Profile before, Profile after, JsonMapper json) {
        JsonNode old = withoutIds(json.valueToTree(before));
        JsonNode now = withoutIds(json.valueToTree(after));
        List<Change> changes = new ArrayList<>();
        if (!old.path("primaryLanguage").equals(now.path("primaryLanguage"))) {
            changes.add(new Change("summary", Change.Action.CHANGED, null, "primaryLanguage", old.get("primaryLanguage"),
                    now.get("primaryLanguage")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = now.path("personal").properties().iterator();
                fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().equals(old.path("personal").path(field.getKey()))) {
                changes.add(new Change("personal", Change.Action.CHANGED, null, field.getKey(),
                        old.path("personal").get(field.getKey()), field.getValue()));
            }
        }
        if (!old.path("summary").equals(now.path("summary"))) {
            changes.add(new Change("summary", Change.Action.CHANGED, null, "summary", old.get("summary"),
                    now.get("summary")));
        }
        for (Map.Entry<String, JsonNode> section : now.properties()) {
            if (!section.getValue().isArray()) {
                continue;
            }
            JsonNode was = old.path(section.getKey());
            int size = Math.max(was.size(), section.getValue().size());
            for (int i = 0; i < size; i++) {
                JsonNode before1 = was.get(i);
                JsonNode after1 = section.getValue().get(i);
                if (before1 == null) {
                    changes.add(new Change(section.getKey(), Change.Action.ADDED, i, null, null, after1));
                }
                else if (after1 == null) {
                    changes.add(new Change(section.getKey(), Change.Action.REMOVED, i, null, before1, null));
                }
                else if (!before1.equals(after1)) {
                    changes.add(new Change(section.getKey(), Change.Action.CHANGED, i, null, before1, after1));
                }
            }
        }
        return changes;
    }

    private static JsonNode withoutIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("id");
            object.properties().forEach(entry -> withoutIds(entry.getValue()));
        }
        else if (node.isArray()) {
            node.forEach(ImportDiff::withoutIds);
        }
        return node;
    }

    /**
     * One difference.
     *
     * @param section {@code personal}, {@code summary} or a list section
     * @param action added, changed or removed
     * @param index the entry's position in its section, for list sections
     * @param field the field, for personal data and the summary
     * @param before the entry or field as it is (without ids), or null for an addition
     * @param after the entry or field as the import makes it (without ids), or null for a removal
     */
    record Change(String section, Action action, Integer index, String field,
            @Schema(description = "The entry or field as it is now, without ids; absent for an addition")
            JsonNode before,
            @Schema(description = "The entry or field as the import makes it, without ids; absent for a removal")
            JsonNode after) {

        /** What happens to it. */
        enum Action { ADDED, CHANGED, REMOVED }
    }
}
