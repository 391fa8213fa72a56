package com.qh.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets in this JVM: the default run, and any single gateway instance. A bucket left alone for its whole period
 * is full again, the same as a new one, so such buckets are dropped now and then to keep memory bounded by the
 * number of recently active clients.
 */
final class InMemoryRateLimiter implements RateLimiter {

    // A sweep walks every bucket; doing it every few thousand requests keeps its cost per request negligible.
    private static final long SWEEP_EVERY = 4096;

    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final TimeMeter time;

    InMemoryRateLimiter() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    InMemoryRateLimiter(TimeMeter time) {
        this.time = time;
    }

    @Override
    public Decision tryConsume(String key, Limit limit) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
        Entry entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(limit), limit.period().toNanos(),
                new AtomicLong(time.currentTimeNanos())));
        entry.lastUsed().set(time.currentTimeNanos());
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Decision.allowed(probe.getRemainingTokens())
                : Decision.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int size() {
        return buckets.size();
    }

    void sweep() {
        long now = time.currentTimeNanos();
        buckets.values().removeIf(entry -> now - entry.lastUsed().get() >= entry.refillNanos());
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }

    private record Entry(Bucket bucket, long refillNanos, AtomicLong lastUsed) {
    }
}
