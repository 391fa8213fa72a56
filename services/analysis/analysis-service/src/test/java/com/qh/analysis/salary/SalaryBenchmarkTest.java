package com.qh.analysis.salary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The salary benchmark on a real market export, run on request only (a fresh clone has no such file):
 * {@code -Dtest=SalaryBenchmarkTest -Dqh.salary.market=<path>}. Prints the figures docs/benchmarks.md records.
 */
@EnabledIfSystemProperty(named = "qh.salary.market", matches = ".+")
class SalaryBenchmarkTest {

    @Test
    void crossValidatesTheModelAgainstTheBaselinesOnAMarketExport() throws Exception {
        List<MarketSalary> market = MarketCsv.read(Path.of(System.getProperty("qh.salary.market")));
        long started = System.nanoTime();
        List<SalaryCrossValidation.Figures> figures = SalaryCrossValidation.run(market, 5,
                SalaryModel.Settings.DEFAULT, 42);
        System.out.printf("Salary cross-validation (5 folds, %d rows read) in %.1f s%n", market.size(),
                (System.nanoTime() - started) / 1e9);
        figures.forEach(System.out::println);
        assertThat(figures.get(0).count()).isPositive();
    }
}
