package com.qh.analysis.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.platform.web.QhException;
import com.qh.vacancy.api.MarketChanged;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code vacancy.market-changed.v1} retrains the real model on the team's synthetic market, off the consumer's thread
 * and once per burst. The executor here holds the retrains until the test runs them, so no test waits on a clock.
 */
class SalaryRetrainingTest {

    /** The market store as the vacancy service would answer it: empty until an import fills it. */
    final List<MarketSalary> market = new ArrayList<>();
    int reads;
    /** Happens after the market was read and before the answer reaches the model. */
    Runnable duringRead;
    final Queue<Runnable> background = new ArrayDeque<>();
    SalaryEstimates estimates;
    SalaryRetraining retraining;

    @BeforeEach
    void emptyMarket() {
        MarketSalaries store = () -> {
            reads++;
            List<MarketSalary> read = List.copyOf(market);
            if (duringRead != null) {
                duringRead.run();
            }
            return read;
        };
        estimates = new SalaryEstimates(store, new SalaryProperties(null, null, null), Clock.systemUTC());
        Executor held = background::add;
        retraining = new SalaryRetraining(estimates, held);
        estimates.refresh();
    }

    @Test
    void retrainsOnTheMarketAsItIsAfterAnImportWasAnnounced() {
        assertThatThrownBy(() -> estimates.estimate(accountant(), Basis.NET)).isInstanceOfSatisfying(
                QhException.class, e -> assertThat(e.type().toString()).endsWith("no-market-data"));
        market.addAll(syntheticMarket());

        retraining.handle(imported(245));
        assertThat(reads).as("the consumer's thread only hands the retrain on").isEqualTo(1);
        runBackground();

        SalaryEstimate estimate = estimates.estimate(accountant(), Basis.NET);
        assertThat(estimate.median()).isPositive();
        assertThat(estimate.comparables()).isNotEmpty();
        assertThat(estimates.current().used()).isEqualTo(241);
    }

    @Test
    void coalescesABurstOfAnnouncementsIntoOneRetrain() {
        market.addAll(syntheticMarket());

        retraining.handle(imported(100));
        retraining.handle(imported(100));
        retraining.handle(imported(45));

        assertThat(background).hasSize(1);
        runBackground();
        assertThat(reads).isEqualTo(2);
        assertThat(estimates.current().used()).isEqualTo(241);
    }

    @Test
    void retrainsAgainForAnAnnouncementThatArrivesWhileARetrainRuns() {
        List<MarketSalary> all = syntheticMarket();
        market.addAll(all.subList(0, 120));
        retraining.handle(imported(120));
        duringRead = () -> {
            // The next import commits and is announced while this retrain reads the market.
            market.addAll(all.subList(120, all.size()));
            retraining.handle(imported(all.size() - 120));
        };

        Objects.requireNonNull(background.poll()).run();
        int usedFirst = estimates.current().used();
        duringRead = null;

        assertThat(background).as("one more retrain for the change announced meanwhile").hasSize(1);
        runBackground();
        assertThat(usedFirst).isLessThan(241);
        assertThat(estimates.current().used()).isEqualTo(241);
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private static MarketChanged imported(int added) {
        return new MarketChanged(UUID.randomUUID(), Instant.now(), "import", added, added, 0, 0);
    }

    private static SalaryQuery accountant() {
        return new SalaryQuery("Бухгалтер", "Москва", Experience.BETWEEN_1_AND_3, null, null, List.of());
    }

    private static List<MarketSalary> syntheticMarket() {
        try (var reader = new InputStreamReader(Objects.requireNonNull(
                SalaryRetrainingTest.class.getResourceAsStream("/salary/market.csv")), StandardCharsets.UTF_8)) {
            return MarketCsv.read(reader);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
