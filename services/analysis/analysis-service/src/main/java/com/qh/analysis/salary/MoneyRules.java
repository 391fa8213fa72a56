package com.qh.analysis.salary;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How salaries in other currencies and on the other basis are brought to monthly roubles: a configurable rate table
 * (roubles per unit) and one income tax rate between gross and net (13 %, Russia's base rate, unless configured).
 * hh.ru writes the rouble {@code RUR}; it is RUB here.
 *
 * @param incomeTax the share of gross pay withheld, 0 to 1
 * @param rates roubles per unit of each other currency, by ISO code
 */
public record MoneyRules(double incomeTax, Map<String, Double> rates) {

    /** The defaults: 13 % and approximate rates of late 2026 (configure {@code qh.analysis.salary.rates}). */
    public static final MoneyRules DEFAULT = new MoneyRules(0.13, Map.of("USD", 80.0, "EUR", 93.0, "KZT", 0.16,
            "BYN", 27.0, "UZS", 0.0065, "AZN", 47.0, "GEL", 29.0, "KGS", 0.92));

    public MoneyRules {
        if (incomeTax < 0 || incomeTax >= 1) {
            throw new IllegalArgumentException("income tax must be at least 0 and below 1");
        }
        rates = Map.copyOf(rates);
    }

    /**
     * An amount in roubles a month on the given basis.
     *
     * @param amount the amount in its currency
     * @param currency its code ({@code RUR} and {@code RUB} are roubles)
     * @param gross whether it is before tax; null is taken as net, as hh.ru's default display is
     * @return empty for a currency the table lacks
     */
    public OptionalDouble toRoubles(double amount, String currency, Boolean gross, Basis basis) {
        String code = currency == null ? "RUB" : currency.trim().toUpperCase(Locale.ROOT);
        double rate;
        if (code.isEmpty() || code.equals("RUR") || code.equals("RUB")) {
            rate = 1;
        }
        else if (rates.containsKey(code)) {
            rate = rates.get(code);
        }
        else {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(onBasis(amount * rate, Boolean.TRUE.equals(gross) ? Basis.GROSS : Basis.NET, basis));
    }

    /** An amount moved from one basis to the other. */
    public double onBasis(double amount, Basis from, Basis to) {
        if (from == to) {
            return amount;
        }
        return to == Basis.NET ? amount * (1 - incomeTax) : amount / (1 - incomeTax);
    }
}
