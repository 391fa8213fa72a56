package com.qh.gateway.ratelimit;

/**
 * Token buckets by key. One implementation keeps them in this JVM, the other in Redis; the gateway's filters do
 * not know which.
 */
public interface RateLimiter {

    /**
     * Takes one request from the bucket {@code key}, creating it full with {@code limit} on first use.
     *
     * @param key what is limited, such as {@code ip:203.0.113.7} or {@code rule:sign-in:ip:203.0.113.7}
     * @param limit the bucket's size and refill period; one key is always asked with the same limit
     */
    Decision tryConsume(String key, Limit limit);
}
