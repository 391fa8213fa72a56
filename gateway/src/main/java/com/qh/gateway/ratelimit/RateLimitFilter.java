package com.qh.gateway.ratelimit;

import com.qh.platform.net.ClientKey;
import com.qh.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the rate limits. It runs twice per request: once before token verification, where it charges the
 * client IP (so floods of bad tokens are limited too, and cost no signature checks), and once after it, where it
 * charges the signed-in user. The response carries the smallest allowance left in {@value #REMAINING}. Client IPs
 * are keyed by {@link ClientKey}: IPv6 by /64.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    // Long enough for a Redis failover, short enough that a person retries by hand.
    static final long UNAVAILABLE_RETRY_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    /** Where in the chain an instance runs, and so which buckets it charges. */
    enum Stage {
        BEFORE_AUTHENTICATION,
        AFTER_AUTHENTICATION
    }

    private final Stage stage;
    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final JsonMapper json;
    private final List<PathPattern> excluded;
    private final List<CompiledRule> rules;

    RateLimitFilter(Stage stage, RateLimiter limiter, RateLimitProperties properties, JsonMapper json) {
        this.stage = stage;
        this.limiter = limiter;
        this.properties = properties;
        this.json = json;
        this.excluded = properties.excludedPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        RateLimitProperties.Per charged = stage == Stage.BEFORE_AUTHENTICATION
                ? RateLimitProperties.Per.IP
                : RateLimitProperties.Per.USER;
        this.rules = properties.rules().entrySet().stream()
                .filter(entry -> entry.getValue().enabled() && entry.getValue().per() == charged)
                .map(entry -> CompiledRule.of(entry.getKey(), entry.getValue()))
                .toList();
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        // Two instances of this class sit in one chain; each must run once, not only the first.
        return RateLimitFilter.class.getName() + "." + stage + ".FILTERED";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!properties.enabled()) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return excluded.stream().anyMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String ip = ClientKey.of(request.getRemoteAddr());
        String user = stage == Stage.AFTER_AUTHENTICATION ? signedInUser() : null;
        List<Charge> charges = new ArrayList<>();
        if (stage == Stage.BEFORE_AUTHENTICATION) {
            charges.add(new Charge("per-ip", "ip:" + ip, properties.perIp(), false));
        }
        else if (user != null) {
            charges.add(new Charge("per-user", "user:" + user, properties.perUser(), false));
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (CompiledRule rule : rules) {
            if (rule.matches(request.getMethod(), path)) {
                String who = user != null ? "user:" + user : "ip:" + ip;
                charges.add(new Charge(rule.name(), "rule:" + rule.name() + ":" + who, rule.limit(),
                        rule.failClosed()));
            }
        }
        long remaining = previouslyRemaining(response);
        for (Charge charge : charges) {
            Decision decision = limiter.tryConsume(charge.key(), charge.limit());
            if (decision.unavailable()) {
                if (charge.failClosed()) {
                    log.warn("Refusing {} {}: rule '{}' guards credentials and its buckets cannot be read",
                            request.getMethod(), request.getRequestURI(), charge.name());
                    unavailable(request, response, charge);
                    return;
                }
                continue;
            }
            if (!decision.allowed()) {
                refuse(request, response, charge, decision.retryAfter());
                return;
            }
            remaining = Math.min(remaining, decision.remaining());
        }
        if (remaining != Long.MAX_VALUE) {
            response.setHeader(REMAINING, Long.toString(remaining));
        }
        chain.doFilter(request, response);
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static long previouslyRemaining(HttpServletResponse response) {
        String earlier = response.getHeader(REMAINING);
        if (earlier == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(earlier);
        }
        catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Charge charge,
            Duration retryAfter) throws IOException {
        // Rounded up: a client that waits exactly this long must find a token.
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many requests: the limit is " + charge.limit().capacity() + " per "
                        + describe(charge.limit().period()) + ". Try again in " + seconds + " s.",
                Problems.instanceOf(request));
        problem.setProperty("limit", charge.name());
        problem.setProperty("retryAfterSeconds", seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(REMAINING, "0");
        Problems.write(response, problem, json);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, Charge charge)
            throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "rate-limiter-unavailable",
                "Try again shortly",
                "This request cannot be counted against its limit right now, so it is refused. Try again in "
                        + UNAVAILABLE_RETRY_SECONDS + " s.",
                Problems.instanceOf(request));
        problem.setProperty("limit", charge.name());
        problem.setProperty("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(UNAVAILABLE_RETRY_SECONDS));
        Problems.write(response, problem, json);
    }

    private static String describe(Duration period) {
        if (period.toSeconds() % 3600 == 0) {
            long hours = period.toHours();
            return hours == 1 ? "hour" : hours + " hours";
        }
        if (period.toSeconds() % 60 == 0) {
            long minutes = period.toMinutes();
            return minutes == 1 ? "minute" : minutes + " minutes";
        }
        return period.toSeconds() + " s";
    }

    private record Charge(String name, String key, Limit limit, boolean failClosed) {
    }

    private record CompiledRule(String name, List<PathPattern> paths, Set<String> methods, Limit limit,
            boolean failClosed) {

        static CompiledRule of(String name, RateLimitProperties.Rule rule) {
            return new CompiledRule(name,
                    rule.paths().stream().map(PathPatternParser.defaultInstance::parse).toList(),
                    rule.methods().stream().map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                    rule.limit(), rule.failClosed());
        }

        boolean matches(String method, PathContainer path) {
            return (methods.isEmpty() || methods.contains(method))
                    && paths.stream().anyMatch(pattern -> pattern.matches(path));
        }
    }
}
