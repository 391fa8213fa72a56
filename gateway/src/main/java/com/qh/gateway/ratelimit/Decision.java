package com.qh.gateway.ratelimit;

import java.time.Duration;

/**
 * The outcome of asking a bucket for one request.
 *
 * @param allowed whether the request may go on
 * @param remaining requests left in the bucket afterwards
 * @param retryAfter when a refused caller may try again ({@link Duration#ZERO} when allowed)
 * @param unavailable the bucket could not be read (Redis down): {@code allowed} is then what the caller decides,
 *        open for ordinary limits, closed for {@linkplain RateLimitProperties.Rule#failClosed() guarded rules}
 */
public record Decision(boolean allowed, long remaining, Duration retryAfter, boolean unavailable) {

    static Decision allowed(long remaining) {
        return new Decision(true, remaining, Duration.ZERO, false);
    }

    static Decision refused(Duration retryAfter) {
        return new Decision(false, 0, retryAfter, false);
    }

    static Decision unavailable(Limit limit) {
        return new Decision(true, limit.capacity(), Duration.ZERO, true);
    }
}
