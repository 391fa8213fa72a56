package com.qh.web.api;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document as QH's services write it: a stable {@code type} whose last segment is the slug
 * pages switch on, a human {@code detail}, and field errors naming request fields ({@code experience[2].endDate}).
 *
 * @param status the HTTP status
 * @param slug the last segment of {@code type}, e.g. {@code invalid-credentials}; {@code unknown} without a type
 * @param detail what went wrong, in English
 * @param fieldErrors message per field path, in the order the API gave them
 * @param properties further members of the document ({@code currentETag}, {@code twoFactorToken}, ...)
 */
public record ApiProblem(int status, String slug, String detail, Map<String, String> fieldErrors,
        Map<String, Object> properties) {

    public ApiProblem {
        fieldErrors = Map.copyOf(fieldErrors);
        properties = Map.copyOf(properties);
    }

    /** A problem without a document (a gateway that answered HTML, a connection refused). */
    public static ApiProblem unavailable(int status) {
        return new ApiProblem(status, "unavailable", "The service did not answer.", Map.of(), Map.of());
    }

    /** Whether the API named this slug. */
    public boolean is(String candidate) {
        return slug.equals(candidate);
    }

    /** A string member of the document, or null. */
    public String property(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    /** The field paths with errors, for tests and logs. */
    public List<String> fields() {
        return List.copyOf(fieldErrors.keySet());
    }
}
