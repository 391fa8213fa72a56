package com.qh.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every problem document QH sends, so that they all carry the same members, and writes them where Spring
 * MVC's message converters are not in play (servlet filters, the security layer).
 */
public final class Problems {

    private Problems() {
    }

    /** A problem with a stable type, a title and a human detail, tagged with the request path and correlation id. */
    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(QhException.TYPE_BASE + slug));
        problem.setTitle(title);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
        return problem;
    }

    /**
     * The problem {@code failure} stands for, about {@code request}: its type, title, detail and properties (and its
     * invalid fields), as Spring MVC's handler answers it and as a filter that meets it must.
     */
    public static ProblemDetail of(QhException failure, HttpServletRequest request) {
        String slug = failure.type().toString().substring(QhException.TYPE_BASE.length());
        ProblemDetail problem = of(failure.status(), slug, failure.title(), failure.detail(), instanceOf(request));
        failure.properties().forEach(problem::setProperty);
        if (failure instanceof UnprocessableException unprocessable) {
            withViolations(problem, unprocessable.violations());
        }
        return problem;
    }

    /** Adds the {@code errors} member listing invalid fields. */
    public static ProblemDetail withViolations(ProblemDetail problem, List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }

    /** Writes a problem straight to the servlet response, for code that runs outside Spring MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        json.writeValue(response.getOutputStream(), body);
    }

    /** The path a problem is about, without the query string (it may hold tokens). */
    public static String instanceOf(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
