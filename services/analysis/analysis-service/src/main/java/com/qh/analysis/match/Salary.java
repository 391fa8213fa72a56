package com.qh.analysis.match;

/**
 * A salary or a range of one, a month, in whole units of a currency.
 *
 * @param min the lower end, or {@code null} for "up to"
 * @param max the upper end, or {@code null} for "from"
 * @param currency ISO 4217 code ({@code RUB}, {@code USD}); ranges in different currencies are not compared
 */
public record Salary(Long min, Long max, String currency) {

    public Salary {
        if (min == null && max == null) {
            throw new IllegalArgumentException("A salary needs a lower or an upper end");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("A salary's lower end " + min + " is above its upper end " + max);
        }
    }
}
