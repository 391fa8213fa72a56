package com.qh.gateway.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every request once it is answered. It runs just inside the starter's correlation-id filter, so the line
 * carries the id in the MDC; the user is known only inside the security chain, so {@link UserCapture} notes it on
 * the request on the way in.
 */
final class RequestLogFilter extends OncePerRequestFilter {

    static final String USER_ATTRIBUTE = RequestLogFilter.class.getName() + ".user";

    private static final Logger log = LoggerFactory.getLogger("com.qh.gateway.access");

    static final String REDACTED = "[redacted]";

    private static final List<String> SECRET_AFTER = List.of("/shared/", "/unsubscribe/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        }
        finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            Object user = request.getAttribute(USER_ATTRIBUTE);
            String who = user == null ? "-" : user.toString();
            // The query string is left out (it may carry access_token, token or password), and so are the secrets
            // some paths carry.
            String path = redact(pathOf(request));
            log.atInfo()
                    .addKeyValue("method", request.getMethod())
                    .addKeyValue("path", path)
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", millis)
                    .addKeyValue("user", who)
                    .addKeyValue("clientIp", request.getRemoteAddr())
                    .log("{} {} {} {}ms user={} ip={}", request.getMethod(), path, status, millis,
                            who, request.getRemoteAddr());
        }
    }

    /**
     * The path with the secret segments replaced by {@value #REDACTED}: everything after {@code /shared/} (document
     * share links, {@code /api/v1/documents/shared/{token}}) and {@code /unsubscribe/} (one-click unsubscribes,
     * {@code /api/v1/notifications/unsubscribe/{token}} and {@code /api/v1/subscriptions/unsubscribe/{token}}).
     * Anyone who reads the log must not be able to open a shared document or unsubscribe someone.
     */
    static String redact(String path) {
        if (path == null) {
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        int cut = -1;
        for (String marker : SECRET_AFTER) {
            int at = lower.indexOf(marker);
            if (at >= 0 && (cut < 0 || at + marker.length() < cut)) {
                cut = at + marker.length();
            }
        }
        return cut < 0 || cut == path.length() ? path : path.substring(0, cut) + REDACTED;
    }

    /*
     * The path as Tomcat decoded and normalised it (no %-escapes, ;parameters or dot segments), the form the routes
     * matched: the raw URI could spell /shared/ as /%73hared/ and slip its token past the redaction.
     */
    private static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? request.getRequestURI() : path;
    }

    /** Notes the signed-in user for the log line; runs after token verification. */
    static final class UserCapture extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                request.setAttribute(USER_ATTRIBUTE, authentication.getName());
            }
            chain.doFilter(request, response);
        }
    }
}
