package com.qh.gateway.ratelimit;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limits. Every request counts against its client IP's bucket, every authenticated request also
 * against its user's, and a request matching a rule also against that rule's bucket; the first empty bucket
 * refuses it with 429.
 *
 * @param enabled switch all limits off (load tests, trusted networks)
 * @param perIp every request from one client IP
 * @param perUser every request of one authenticated user
 * @param excludedPaths never limited (health probes come often and from one address)
 * @param rules stricter limits on some paths, by rule name
 */
@ConfigurationProperties("qh.gateway.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("300/1m") Limit perIp,
        @DefaultValue("300/1m") Limit perUser,
        @DefaultValue("/actuator/**") List<String> excludedPaths,
        @DefaultValue Map<String, Rule> rules) {

    /**
     * A stricter limit on some paths.
     *
     * @param enabled switch this rule off without removing it
     * @param paths path patterns it covers
     * @param methods HTTP methods it covers; all when empty
     * @param limit the allowance
     * @param per whose bucket: the client IP's, or the user's (the IP's when no one is signed in)
     * @param failClosed refuse matching requests (503, {@code Retry-After}) while the buckets cannot be read (Redis
     *        down), rather than let them through: for rules that stop password and link guessing
     */
    public record Rule(
            @DefaultValue("true") boolean enabled,
            @DefaultValue List<String> paths,
            @DefaultValue List<String> methods,
            @DefaultValue("60/1m") Limit limit,
            @DefaultValue("ip") Per per,
            @DefaultValue("false") boolean failClosed) {
    }

    /** Whose requests share a bucket. */
    public enum Per {
        /** The client IP address. */
        IP,
        /** The signed-in user ({@code sub}); the client IP for anonymous requests. */
        USER
    }
}
