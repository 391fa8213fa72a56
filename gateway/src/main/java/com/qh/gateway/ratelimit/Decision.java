package com.qh.gateway.ratelimit;

import java.time.Duration;

/**
 * The outcome of asking a bucket for one request.
 *
 * @param allowed whether the request may go on
 * @param remaining requests left in the bucket afterwards
 * @param retryAfter when a refused caller may try again ({@link Duration#ZERO} when allowed)
 */
public record Decision(boolean allowed, long remaining, Duration retryAfter) {

    static Decision allowed(long remaining) {
        return new Decision(true, remaining, Duration.ZERO);
    }

    static Decision refused(Duration retryAfter) {
        return new Decision(false, 0, retryAfter);
    }
}
