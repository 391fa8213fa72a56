package com.qh.auth.account;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} wrong passwords or codes in a row, an account refuses sign-in for {@code duration}.
 * A success resets the count. The lock is temporary on purpose: a permanent one would let anyone shut a person
 * out by failing on purpose. Wrong current passwords at a password change and wrong codes at two-factor disable
 * count toward the same lock (see {@link CredentialLockout}): a stolen session must not be a way to
 * guess without limit.
 *
 * <p>It lives here, with the account it locks, so that {@code account} need not depend on {@code login}; sign-in's
 * settings ({@code qh.auth.login.max-failures}, {@code lockout-duration}) make the one bean of it that both use.
 */
public record LockoutPolicy(int maxFailures, Duration duration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }

    /** Whether this many consecutive failures lock the account. */
    public boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    /** When a lock starting now ends. */
    public Instant lockedUntil(Instant now) {
        return now.plus(duration);
    }

    /** How long an account locked until {@code lockedUntil} (null when never locked) stays locked. */
    public static Duration remainingLock(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }
}
