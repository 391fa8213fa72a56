package com.qh.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access for browsers.
 *
 * @param allowedOrigins exact origins, such as {@code http://localhost:5173}; empty means same origin only
 * @param allowedOriginPatterns origin patterns, such as {@code https://*.example.org}
 * @param allowedMethods methods a cross-origin page may use
 * @param allowedHeaders request headers a cross-origin page may send
 * @param exposedHeaders response headers a cross-origin page may read
 * @param allowCredentials whether cookies travel; tokens are sent as headers, so this is rarely needed
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("qh.gateway.cors")
public record CorsProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue List<String> allowedOriginPatterns,
        @DefaultValue({ "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" }) List<String> allowedMethods,
        @DefaultValue({ "Authorization", "Content-Type", "Accept", "Accept-Language", "X-Correlation-Id" })
        List<String> allowedHeaders,
        @DefaultValue({ "X-Correlation-Id", "X-RateLimit-Remaining", "Retry-After", "Location",
                "Content-Disposition" }) List<String> exposedHeaders,
        @DefaultValue("false") boolean allowCredentials,
        @DefaultValue("30m") Duration maxAge) {
}
