package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final LockoutPolicy fiveStrikesFifteenMinutes = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void locksOnlyWhenConsecutiveFailuresReachTheLimit() {
        assertThat(fiveStrikesFifteenMinutes.locksAfter(4)).isFalse();
        assertThat(fiveStrikesFifteenMinutes.locksAfter(5)).isTrue();
    }

    @Test
    void lockLastsTheConfiguredDuration() {
        Instant until = fiveStrikesFifteenMinutes.lockedUntil(NOW);

        assertThat(LockoutPolicy.remainingLock(until, NOW)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LockoutPolicy.remainingLock(until, NOW.plus(Duration.ofMinutes(10))))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void lockEndsByItself() {
        Instant until = fiveStrikesFifteenMinutes.lockedUntil(NOW);

        assertThat(LockoutPolicy.remainingLock(until, NOW.plus(Duration.ofMinutes(15)))).isZero();
    }

    @Test
    void neverLockedAccountIsNotLocked() {
        assertThat(LockoutPolicy.remainingLock(null, NOW)).isZero();
    }

    @Test
    void refusesAPolicyThatWouldLockBeforeAnyFailure() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
