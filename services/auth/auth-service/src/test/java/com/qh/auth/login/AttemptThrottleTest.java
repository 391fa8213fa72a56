package com.qh.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttemptThrottleTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void allowsAttemptsUpToTheLimitThenSaysHowLongToWait() {
        AttemptThrottle throttle = new AttemptThrottle(3, Duration.ofMinutes(1), fixedAt(START));

        assertThat(throttle.tryAttempt("10.0.0.1")).isEmpty();
        assertThat(throttle.tryAttempt("10.0.0.1")).isEmpty();
        assertThat(throttle.tryAttempt("10.0.0.1")).isEmpty();
        assertThat(throttle.tryAttempt("10.0.0.1")).contains(Duration.ofMinutes(1));
    }

    @Test
    void countsEachKeySeparately() {
        AttemptThrottle throttle = new AttemptThrottle(1, Duration.ofMinutes(1), fixedAt(START));
        throttle.tryAttempt("10.0.0.1");

        assertThat(throttle.tryAttempt("10.0.0.2")).isEmpty();
    }

    @Test
    void allowsAgainOnceTheWindowHasPassed() {
        MutableClock clock = new MutableClock(START);
        AttemptThrottle throttle = new AttemptThrottle(1, Duration.ofMinutes(1), clock);
        throttle.tryAttempt("ada@example.org");
        assertThat(throttle.tryAttempt("ada@example.org")).isPresent();

        clock.now = START.plus(Duration.ofMinutes(1));

        assertThat(throttle.tryAttempt("ada@example.org")).isEmpty();
    }

    private static Clock fixedAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
