package com.qh.auth.login;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} wrong passwords or codes in a row, an account refuses sign-in for {@code duration}.
 * A success resets the count. The lock is temporary on purpose: a permanent one would let anyone shut a person
 * out by failing on purpose.
 */
record LockoutPolicy(int maxFailures, Duration duration) {

    LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }

    /** Whether this many consecutive failures lock the account. */
    boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    /** When a lock starting now ends. */
    Instant lockedUntil(Instant now) {
        return now.plus(duration);
    }

    /** How long an account locked until {@code lockedUntil} (null when never locked) stays locked. */
    static Duration remainingLock(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }
}
