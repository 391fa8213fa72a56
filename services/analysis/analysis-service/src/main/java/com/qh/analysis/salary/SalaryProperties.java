package com.qh.analysis.salary;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qh.analysis.salary}: how salaries are converted and how often the model looks at the market again.
 *
 * @param incomeTax the share of gross pay withheld (default 0.13, Russia's base rate)
 * @param rates roubles per unit of other currencies; unset keeps {@link MoneyRules#DEFAULT}'s table
 * @param refresh how often the market is read again in case a change event was missed (default 1 h: imports and
 *        syncs announce themselves with {@code vacancy.market-changed.v1}); the model is retrained only when it changed
 */
@ConfigurationProperties("qh.analysis.salary")
public record SalaryProperties(Double incomeTax, Map<String, Double> rates, Duration refresh) {

    public SalaryProperties {
        refresh = refresh == null ? Duration.ofHours(1) : refresh;
    }

    MoneyRules money() {
        return new MoneyRules(incomeTax == null ? MoneyRules.DEFAULT.incomeTax() : incomeTax,
                rates == null || rates.isEmpty() ? MoneyRules.DEFAULT.rates() : rates);
    }
}
