package com.qh.auth.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (an IP address, an e-mail address) in fixed windows and refuses those over the limit.
 * In memory, per instance: the durable defence is the account lockout in the database; this one blunts bursts
 * cheaply, and the gateway limits rates per IP across instances.
 */
final class AttemptThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    AttemptThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one attempt; when it is over the limit, how long until the next one is allowed. */
    Optional<Duration> tryAttempt(String key) {
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> !w.endsAt().isAfter(now));
        }
        Window current = windows.compute(key, (k, existing) -> existing == null || !existing.endsAt().isAfter(now)
                ? new Window(now.plus(window), 1)
                : new Window(existing.endsAt(), existing.count() + 1));
        return current.count() > limit ? Optional.of(Duration.between(now, current.endsAt())) : Optional.empty();
    }

    private record Window(Instant endsAt, int count) {
    }
}
