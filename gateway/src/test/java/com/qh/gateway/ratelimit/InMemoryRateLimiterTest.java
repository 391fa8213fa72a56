package com.qh.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    private final ManualClock clock = new ManualClock();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Test
    void refusesOnceTheAllowanceIsSpentAndSaysWhenToComeBack() {
        Limit threePerMinute = Limit.parse("3/1m");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume("ip:203.0.113.1", threePerMinute).allowed()).isTrue();
        }

        Decision refused = limiter.tryConsume("ip:203.0.113.1", threePerMinute);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void refillsAsTimePasses() {
        Limit threePerMinute = Limit.parse("3/1m");
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume("ip:203.0.113.2", threePerMinute);
        }

        clock.advance(Duration.ofSeconds(20));

        assertThat(limiter.tryConsume("ip:203.0.113.2", threePerMinute)).isEqualTo(Decision.allowed(0));
    }

    @Test
    void keepsSeparateBucketsPerKey() {
        Limit onePerMinute = Limit.parse("1/1m");
        limiter.tryConsume("user:a", onePerMinute);

        assertThat(limiter.tryConsume("user:b", onePerMinute).allowed()).isTrue();
        assertThat(limiter.tryConsume("user:a", onePerMinute).allowed()).isFalse();
    }

    @Test
    void forgetsBucketsIdleForAWholePeriod() {
        limiter.tryConsume("ip:203.0.113.3", Limit.parse("5/1m"));
        limiter.tryConsume("ip:203.0.113.4", Limit.parse("5/1h"));

        clock.advance(Duration.ofMinutes(2));
        limiter.sweep();

        assertThat(limiter.size()).isEqualTo(1);
    }

    private static final class ManualClock implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
