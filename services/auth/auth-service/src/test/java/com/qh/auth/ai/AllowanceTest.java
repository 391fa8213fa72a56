package com.qh.auth.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.ai.AiViews.Allowance;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllowanceTest {

    private static final UUID USER = UUID.fromString("0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void remainingIsTheBudgetLessWhatWasUsed() {
        assertThat(Allowance.of(USER, DAY, 50_000, 1_234).remaining()).isEqualTo(48_766);
    }

    @Test
    void remainingNeverGoesBelowZeroWhenACallOverspent() {
        Allowance overspent = Allowance.of(USER, DAY, 50_000, 61_000);

        assertThat(overspent.used()).isEqualTo(61_000);
        assertThat(overspent.remaining()).isZero();
    }

    @Test
    void aZeroBudgetLeavesNothing() {
        assertThat(Allowance.of(USER, DAY, 0, 0).remaining()).isZero();
    }
}
