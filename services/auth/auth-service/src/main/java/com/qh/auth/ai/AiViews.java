package com.qh.auth.ai;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the AI allowance endpoints take and answer. */
final class AiViews {

    /** More than any single model call spends; keeps a day's sums far from overflowing. */
    static final long MAX_TOKENS_PER_CALL = 10_000_000;

    private static final String NAME = "[^\\p{Cc}\\p{Cs}]*";

    private AiViews() {
    }

    /** A user's allowance for one UTC day. */
    record Allowance(UUID userId, LocalDate day, long budget, long used, long remaining) {

        static Allowance of(UUID userId, LocalDate day, long budget, long used) {
            return new Allowance(userId, day, budget, used, Math.max(0, budget - used));
        }
    }

    /** One model call, reported by the service that made it. */
    record UsageReport(
            @Schema(description = "The call's own id, the same on every resend: a report whose id was already "
                    + "counted is ignored (ids are kept 7 days). Optional; without it each report counts.")
            UUID usageId,
            @NotNull UUID userId,
            @Schema(example = "resume") @NotBlank @Size(max = 64)
            @Pattern(regexp = NAME, message = "must not contain control characters") String service,
            @Schema(example = "tailor") @NotBlank @Size(max = 64)
            @Pattern(regexp = NAME, message = "must not contain control characters") String feature,
            @Schema(example = "gpt-4o-mini") @Size(max = 64)
            @Pattern(regexp = NAME, message = "must not contain control characters") String model,
            @NotNull @PositiveOrZero @Max(MAX_TOKENS_PER_CALL) Long promptTokens,
            @NotNull @PositiveOrZero @Max(MAX_TOKENS_PER_CALL) Long completionTokens) {
    }

    /** Token counts and calls summed over what a report covers. */
    record Totals(long promptTokens, long completionTokens, long calls) {
    }

    /** One user's use of one feature of one service over the report's days. */
    record UsageRow(UUID userId, String email, String service, String feature, long promptTokens,
            long completionTokens, long calls) {
    }

    /** The admin report: rows by total tokens, most first. */
    record UsageSummary(LocalDate from, LocalDate to, Totals totals, List<UsageRow> rows) {
    }

    /** An admin setting a user's budget; {@code null} returns them to the default. */
    record BudgetChange(
            @Schema(example = "100000", nullable = true, description = "Tokens per UTC day; null for the default")
            @PositiveOrZero @Max(1_000_000_000) Long dailyTokens) {
    }
}
