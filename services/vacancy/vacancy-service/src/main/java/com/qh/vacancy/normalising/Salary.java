package com.qh.vacancy.normalising;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * A salary as offered.
 *
 * @param from the lower bound, or {@code null}
 * @param to the upper bound, or {@code null}
 * @param currency ISO 4217 code
 * @param gross before tax ({@code true}), after tax ({@code false}), or not said ({@code null})
 * @param period what the figures are paid for
 */
@Embeddable
public record Salary(BigDecimal from, BigDecimal to, String currency, Boolean gross,
        @Enumerated(EnumType.STRING) SalaryPeriod period) {

    /** Codes that sites use for currencies that ISO 4217 names otherwise; hh.ru still writes RUR. */
    private static final Map<String, String> LEGACY = Map.of("RUR", "RUB", "BYR", "BYN", "РУБ", "RUB", "₽", "RUB",
            "$", "USD", "€", "EUR", "£", "GBP", "₸", "KZT");

    public Salary {
        if (from != null && to != null && from.compareTo(to) > 0) {
            BigDecimal swap = from;
            from = to;
            to = swap;
        }
    }

    /** A salary, or {@code null} when there is no figure or the currency is not one ISO 4217 knows. */
    public static Salary of(BigDecimal from, BigDecimal to, String currency, Boolean gross, SalaryPeriod period) {
        String code = currency(currency);
        if ((from == null && to == null) || code == null) {
            return null;
        }
        return new Salary(positive(from), positive(to), code, gross, period == null ? SalaryPeriod.MONTH : period);
    }

    /** The ISO 4217 code for what a site wrote ({@code RUR} → {@code RUB}), or {@code null}. */
    public static String currency(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String upper = written.strip().toUpperCase(Locale.ROOT);
        String code = LEGACY.getOrDefault(upper, upper);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public BigDecimal monthlyFrom() {
        return monthly(from);
    }

    public BigDecimal monthlyTo() {
        return monthly(to);
    }

    private BigDecimal monthly(BigDecimal amount) {
        return amount == null ? null : amount.multiply(period.perMonth()).setScale(0, RoundingMode.HALF_UP);
    }

    private static BigDecimal positive(BigDecimal amount) {
        return amount == null || amount.signum() <= 0 ? null : amount;
    }
}
