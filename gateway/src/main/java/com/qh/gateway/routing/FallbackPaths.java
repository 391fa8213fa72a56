package com.qh.gateway.routing;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths the fallback service (the web app) may take: everything but the API, the actuator, the API documents,
 * Swagger UI, {@code /.well-known/**} and {@code /internal/**}. One list for the route and for the security chain,
 * so that a path is either the web app's and open at the gateway, or never sent to it; the web app checks its own
 * cookie session. Matched against the raw request path, as the service routes are.
 */
public final class FallbackPaths {

    /**
     * Never the fallback's, whoever else does or does not route them. {@code /error} is the gateway's own: a request
     * its firewall refuses ({@code ..;/}, {@code //}, an unknown method) is dispatched there and must be answered
     * with the gateway's problem document, not the web app's error page.
     */
    public static final List<String> EXCLUDED = List.of("/api", "/api/**", "/actuator", "/actuator/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/.well-known/**",
            "/internal/**", "/error", "/error/**");

    /** Case-insensitive: {@code /API/V1/...} is a disguised API path, not a page. */
    private static final List<PathPattern> PATTERNS = EXCLUDED.stream().map(pattern -> {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(false);
        return parser.parse(pattern);
    }).toList();

    private FallbackPaths() {
    }

    /** Whether {@code path} (without the context path) may go to the fallback service. */
    public static boolean covers(String path) {
        return covers(PathContainer.parsePath(path));
    }

    /** Whether {@code path} (parsed, without the context path) may go to the fallback service. */
    static boolean covers(PathContainer path) {
        for (PathPattern pattern : PATTERNS) {
            if (pattern.matches(path)) {
                return false;
            }
        }
        return true;
    }
}
