package com.qh.web.view;

import java.util.Map;

/**
 * The values a form shows, by input name, and the version of what it edits ({@code ETag}, sent back as
 * {@code If-Match}); for a form coming back with errors, what the person typed.
 *
 * @param values value per input name
 * @param etag the version the form was filled from, or null for forms of things without versions
 */
public record FormValues(Map<String, String> values, String etag) {

    public FormValues {
        values = Map.copyOf(values);
    }

    /** The value of an input, or the empty string. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether a checkbox is ticked. */
    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }
}
