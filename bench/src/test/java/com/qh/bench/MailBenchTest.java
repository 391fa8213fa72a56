package com.qh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailBenchTest {

    private static final Instant START = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void countsAMailSentTwiceAsADuplicateNotAsDelivered() {
        MailBench.Tally tally = MailBench.Tally.of(3, "mail-run-",
                List.of("mail-run-0@example.org", "mail-run-1@example.org", "mail-run-1@example.org"),
                List.of(START, START.plusSeconds(9), START.plusSeconds(2)));

        assertThat(tally.received()).isEqualTo(3);
        assertThat(tally.distinct()).isEqualTo(2);
        assertThat(tally.duplicates()).isEqualTo(1);
        assertThat(tally.lost()).isEqualTo(1);
        assertThat(tally.duplicated()).containsExactly(START.plusSeconds(2));
    }

    @Test
    void keepsMailOfOtherRunsOutOfTheCount() {
        MailBench.Tally tally = MailBench.Tally.of(2, "mail-run-",
                List.of("mail-run-0@example.org", "mail-other-1@example.org", "mail-run-7@example.org",
                        "mail-run-1@example.org"),
                List.of(START, START, START, START));

        assertThat(tally.distinct()).isEqualTo(2);
        assertThat(tally.strangers()).isEqualTo(2);
        assertThat(tally.lost()).isZero();
    }

    @Test
    void bucketsArrivalsByFiveSecondsShowingTheGapOfARestart() {
        String histogram = MailBench.histogram(List.of(START.plusSeconds(1), START.plusSeconds(4),
                START.plusSeconds(6), START.plusSeconds(17)), START);

        assertThat(histogram).isEqualTo("2 1 0 1");
    }
}
