package com.qh.analysis.salary;

import com.qh.platform.web.QhException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The salary model in service: trained from the market store at start and again whenever the market changed (looked
 * at every {@code qh.analysis.salary.refresh}), swapped in whole so that estimates never wait for training.
 */
@Service
public class SalaryEstimates {

    private static final Logger log = LoggerFactory.getLogger(SalaryEstimates.class);

    /** The model in use and what it was trained from. */
    record Current(SalaryModel model, int fingerprint, int used, Map<String, Integer> leftOut, Instant trainedAt) {
    }

    private final MarketSalaries market;

    private final MoneyRules money;

    private final Clock clock;

    private final AtomicReference<Current> current = new AtomicReference<>();

    SalaryEstimates(MarketSalaries market, SalaryProperties properties, Clock clock) {
        this.market = market;
        this.money = properties.money();
        this.clock = clock;
    }

    /**
     * Reads the market and retrains when it differs from what the model learnt from. One at a time: the scheduled
     * look and a retrain after a market change must not race, or an older reading could win.
     */
    @Scheduled(initialDelayString = "${qh.analysis.salary.initial-delay:5s}",
            fixedDelayString = "${qh.analysis.salary.refresh:1h}")
    public synchronized void refresh() {
        try {
            List<MarketSalary> salaries = market.all();
            int fingerprint = salaries.hashCode();
            Current before = current.get();
            if (before != null && before.fingerprint() == fingerprint) {
                return;
            }
            long started = System.nanoTime();
            SalaryModel.Training training = SalaryModel.train(salaries, money, SalaryModel.Settings.DEFAULT);
            current.set(new Current(training.model(), fingerprint, training.used(), training.leftOut(),
                    clock.instant()));
            log.info("salary model trained on {} market vacancies in {} ms; left out: {}", training.used(),
                    (System.nanoTime() - started) / 1_000_000, training.leftOut());
        }
        catch (RuntimeException e) {
            // The model in use stays; the next refresh tries again (within seconds while there is none yet).
            log.warn("salary model not refreshed: {}", e.getMessage());
        }
    }

    /**
     * Until the first training succeeds, reads again every few seconds instead of waiting for the next
     * {@code qh.analysis.salary.refresh}: at start the vacancy service may not answer yet (seen: UNAVAILABLE while the
     * whole default run was starting), and estimates would answer 503 for the hour until the scheduled look.
     */
    @Scheduled(initialDelayString = "${qh.analysis.salary.initial-delay:5s}",
            fixedDelayString = "${qh.analysis.salary.first-read-retry:5s}")
    void readUntilTrained() {
        if (current.get() == null) {
            refresh();
        }
    }

    /**
     * The estimate for a query.
     *
     * @throws QhException 503 before the first training, 422 when the market store has no salaries to learn from
     */
    public SalaryEstimate estimate(SalaryQuery query, Basis basis) {
        Current model = current.get();
        if (model == null) {
            QhException notReady = new QhException(HttpStatus.SERVICE_UNAVAILABLE, "salary-model-not-ready",
                    "Salary estimates are not ready",
                    "The salary model is still reading the market store; try again in a minute.");
            notReady.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
            throw notReady;
        }
        if (model.model() == null) {
            throw new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "no-market-data", "No market data",
                    "The market store holds no vacancy with a salary to learn from: an administrator imports an hh.ru "
                            + "export (POST /api/v1/market/import) or turns on the hh.ru sync.");
        }
        return Objects.requireNonNull(model.model()).estimate(query, basis);
    }

    /** The conversion rules in use. */
    MoneyRules money() {
        return money;
    }

    /** What the model in use was trained from, for the model's status endpoint. */
    Current current() {
        return current.get();
    }
}
