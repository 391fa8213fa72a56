package com.qh.gateway.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            // The query string is left out: it may carry tokens or personal data.
            log.atInfo()
                    .addKeyValue("method", request.getMethod())
                    .addKeyValue("path", request.getRequestURI())
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", millis)
                    .addKeyValue("user", who)
                    .addKeyValue("clientIp", request.getRemoteAddr())
                    .log("{} {} {} {}ms user={} ip={}", request.getMethod(), request.getRequestURI(), status, millis,
                            who, request.getRemoteAddr());
        }
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
