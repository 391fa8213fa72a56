package com.qh.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitTest {

    @Test
    void readsRequestsPerPeriodInEitherDurationStyle() {
        assertThat(Limit.parse("10/1m")).isEqualTo(new Limit(10, Duration.ofMinutes(1)));
        assertThat(Limit.parse("6 / PT30S")).isEqualTo(new Limit(6, Duration.ofSeconds(30)));
    }

    @Test
    void printsTheWayItIsWritten() {
        assertThat(Limit.parse("300/1m")).hasToString("300/1m");
    }

    @Test
    void refusesLimitsThatAllowNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.parse("0/1m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.parse("10/0s"));
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.parse("10 per minute"));
    }
}
