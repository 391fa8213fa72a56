package com.qh.ai;

import com.qh.platform.web.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The user's daily token budget for model-written text is spent: a 429 problem
 * ({@code https://qh.dev/problems/ai-budget-spent}) with {@code Retry-After} until the budget resets at midnight UTC.
 * The caller may still offer the offline engine's answer; this exception only says the model will not be asked.
 */
public class AiBudgetSpentException extends TooManyRequestsException {

    public static final String SLUG = "ai-budget-spent";

    private final long budget;
    private final Instant resetsAt;

    public AiBudgetSpentException(long budget, long used, LocalDate day, Instant now) {
        this(budget, used, day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), now);
    }

    private AiBudgetSpentException(long budget, long used, Instant resetsAt, Instant now) {
        super(SLUG, "Today's AI budget of " + budget + " tokens is spent (" + used + " used); it resets at "
                + resetsAt + " (midnight UTC).", positive(Duration.between(now, resetsAt)));
        this.budget = budget;
        this.resetsAt = resetsAt;
        getBody().setTitle("Daily AI budget spent");
        with("budget", budget);
        with("used", used);
        with("resetsAt", resetsAt.toString());
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() || duration.isZero() ? Duration.ofSeconds(1) : duration;
    }

    public long budget() {
        return budget;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
