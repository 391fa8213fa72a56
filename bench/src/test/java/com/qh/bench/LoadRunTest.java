package com.qh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadRunTest {

    @Test
    void countsSuccessesAndErrorsSeparately() {
        LoadRun.Result result = LoadRun.run("alternating", 4, Duration.ZERO, Duration.ofMillis(200),
                client -> client % 2 == 0 ? 200 : 503);

        assertThat(result.requests()).isPositive();
        assertThat(result.errors()).isPositive();
        assertThat(result.sortedNanos()).hasSize((int) result.requests());
    }

    @Test
    void reportsPercentilesFromSortedLatencies() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        LoadRun.Result result = new LoadRun.Result("fixed", 1, Duration.ofSeconds(1), 100, 0, nanos);

        assertThat(result.percentileMillis(50)).isEqualTo(50.0);
        assertThat(result.percentileMillis(99)).isEqualTo(99.0);
        assertThat(result.throughput()).isEqualTo(100.0);
    }
}
