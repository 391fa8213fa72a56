package com.qh.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dotted paths into the API's JSON ({@code contacts.phone}, {@code firstName.ru}): forms name their inputs by the
 * path of the value they edit, read the current value with {@link #text} and write the submitted one with
 * {@link #set}, leaving every member the form does not show as the API gave it.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The value at {@code path} as text, or the empty string. */
    public static String text(JsonNode node, String path) {
        JsonNode at = node;
        for (String step : path.split("\\.")) {
            at = at.path(step);
        }
        return at.isValueNode() && !at.isNull() ? at.asString() : "";
    }

    /** Sets {@code path} to {@code value} (blank removes it), creating objects on the way. */
    public static void set(ObjectNode node, String path, String value) {
        String[] steps = path.split("\\.");
        ObjectNode at = node;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = at.get(steps[i]);
            at = next instanceof ObjectNode object ? object : at.putObject(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (value == null || value.isBlank()) {
            at.remove(last);
        }
        else {
            at.put(last, value.strip());
        }
    }

    /** The ISO-8601 instant {@code value} holds, or {@code null} when it is missing, blank or not an instant. */
    public static Instant instant(JsonNode value) {
        String text = value.isString() ? value.asString() : "";
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
