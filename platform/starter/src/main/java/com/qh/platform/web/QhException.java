package com.qh.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure a caller can act on, rendered as an RFC 9457 problem document. The {@code slug} becomes the stable
 * problem {@code type} ({@code https://qh.dev/problems/<slug>}) that clients switch on; {@code detail} is written
 * for a person and must not leak internals.
 */
public class QhException extends RuntimeException {

    /** Base of every problem type URI. */
    public static final String TYPE_BASE = "https://qh.dev/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public QhException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** Adds a member to the problem document, such as the id of the missing resource. */
    public QhException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
