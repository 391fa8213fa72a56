package com.qh.gateway.ratelimit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code capacity} requests per {@code period}, refilled smoothly. Written in settings as
 * {@code <capacity>/<period>}: {@code 10/1m}, {@code 300/60s}, {@code 6/PT1M}.
 *
 * @param capacity requests allowed per period, also the largest burst
 * @param period the time in which a spent bucket fills up again
 */
public record Limit(long capacity, Duration period) {

    public Limit {
        if (capacity < 1) {
            throw new IllegalArgumentException("A rate limit allows at least 1 request, not " + capacity);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive period, not " + period);
        }
    }

    /** Reads {@code <capacity>/<period>}, such as {@code 10/1m}. */
    public static Limit parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("A rate limit is written <requests>/<period>, like 10/1m, not '"
                    + text + "'");
        }
        long capacity = Long.parseLong(text.substring(0, slash).trim());
        Duration period = DurationStyle.detectAndParse(text.substring(slash + 1).trim());
        return new Limit(capacity, period);
    }

    @Override
    public String toString() {
        // In the largest whole unit, so 1m reads back as 1m rather than 60s.
        for (ChronoUnit unit : new ChronoUnit[] { ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES,
                ChronoUnit.SECONDS }) {
            if (period.toNanos() % unit.getDuration().toNanos() == 0) {
                return capacity + "/" + DurationStyle.SIMPLE.print(period, unit);
            }
        }
        return capacity + "/" + DurationStyle.SIMPLE.print(period, ChronoUnit.MILLIS);
    }
}
