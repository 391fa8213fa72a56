package com.qh.platform.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure a caller can act on, rendered as an RFC 9457 problem document. The {@code slug} becomes the stable
 * problem {@code type} ({@code https://qh.dev/problems/<slug>}) that clients switch on; {@code detail} is written
 * for a person and must not leak internals.
 *
 * <p>It is Spring's {@link ErrorResponseException}: the problem document is its body from the start, headers such
 * as {@code Retry-After} travel with it, and Spring MVC renders it even where the starter's handler is not in play.
 */
public class QhException extends ErrorResponseException {

    /** Base of every problem type URI. */
    public static final String TYPE_BASE = "https://qh.dev/problems/";

    private final HttpStatus status;

    public QhException(HttpStatus status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
        this.status = status;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** Adds a member to the problem document, such as the id of the missing resource. */
    public QhException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return getBody().getType();
    }

    public String title() {
        return getBody().getTitle();
    }

    public String detail() {
        return getBody().getDetail();
    }

    public Map<String, Object> properties() {
        Map<String, Object> properties = getBody().getProperties();
        return properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The detail alone: it is what logs and assertions read, not Spring's status-and-body summary. */
    @Override
    public String getMessage() {
        return detail();
    }
}
