package com.qh.auth.login;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Allows {@code limit} attempts per key (an IP address, an e-mail address) per window and refuses the rest, with
 * one Bucket4j bucket per key that refills all at once when its window ends (the library the gateway limits
 * rates with). In memory, per instance: the durable defence is the account lockout in the database; this one
 * blunts bursts cheaply, and the gateway limits rates per IP across instances.
 */
final class AttemptThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final TimeMeter time;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    AttemptThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.time = new ClockTime(clock);
    }

    /** Counts one attempt; when it is over the limit, how long until the next one is allowed. */
    Optional<Duration> tryAttempt(String key) {
        long now = time.currentTimeNanos();
        if (buckets.size() > MAX_KEYS) {
            // A bucket left alone for a whole window is full again, the same as a new one: safe to forget.
            buckets.values().removeIf(entry -> now - entry.lastUsed().get() >= window.toNanos());
        }
        Entry entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(), new AtomicLong()));
        entry.lastUsed().set(now);
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, window))
                .withCustomTimePrecision(time)
                .build();
    }

    private record Entry(Bucket bucket, AtomicLong lastUsed) {
    }

    /** Bucket4j's time read from the service's {@link Clock}, so tests can move it. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
