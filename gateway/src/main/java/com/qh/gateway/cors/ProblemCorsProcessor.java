package com.qh.gateway.cors;

import com.qh.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's CORS checks, with the refusal as a problem document: Spring answers a refused origin, method or header
 * with {@code 403} and the plain text {@code Invalid CORS request}, without a Content-Type, which is the one answer
 * of the gateway a client could not parse (issue 21, G4). Still 403 and still without any {@code Access-Control-*}
 * grant; the {@code Vary} headers Spring sets are kept.
 */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final JsonMapper json;

    ProblemCorsProcessor(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        // The wrapper carries the request and settings to rejectRequest, which Spring hands only the response.
        return super.processRequest(config, request, new Exchange(request, response, config));
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        if (!(response instanceof ServletServerHttpResponse servlet)
                || !(servlet.getServletResponse() instanceof Exchange exchange)) {
            super.rejectRequest(response);
            return;
        }
        HttpServletResponse target = (HttpServletResponse) exchange.getResponse();
        target.setHeader("X-Content-Type-Options", "nosniff");
        Problems.write(target, problem(exchange.request, exchange.config), json);
        target.flushBuffer();
    }

    private static ProblemDetail problem(HttpServletRequest request, CorsConfiguration config) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean originAllowed = config != null && origin != null && config.checkOrigin(origin) != null;
        if (originAllowed) {
            return Problems.of(HttpStatus.FORBIDDEN, "cors-request-not-allowed", "Cross-origin request not allowed",
                    "This origin may call the API, but not with this method or these headers.",
                    Problems.instanceOf(request));
        }
        return Problems.of(HttpStatus.FORBIDDEN, "cors-origin-not-allowed", "Origin not allowed",
                "Pages from this origin may not call the API from a browser.", Problems.instanceOf(request));
    }

    /** The response as Spring sees it, remembering whose request it answers. */
    private static final class Exchange extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final CorsConfiguration config;

        Exchange(HttpServletRequest request, HttpServletResponse response, CorsConfiguration config) {
            super(response);
            this.request = request;
            this.config = config;
        }
    }
}
