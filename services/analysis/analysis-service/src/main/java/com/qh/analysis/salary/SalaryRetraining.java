package com.qh.analysis.salary;

import com.qh.analysis.source.MarketStoreChanged;
import com.qh.platform.messaging.IntegrationEventHandler;
import com.qh.vacancy.api.MarketChanged;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Retrains the salary model when the vacancy service says its market store changed ({@code vacancy.market-changed.v1},
 * after an import or an hh.ru sync), instead of waiting up to {@code qh.analysis.salary.refresh} for the next look.
 *
 * <p>Training takes about a second for 4,500 vacancies and 40 s for 100,000, far longer than a consumer should hold
 * its delivery and transaction, so the handler only hands a retrain to one background thread and returns. A burst of
 * events (several imports in a row) is coalesced: while a retrain waits to start, further events join it; an event
 * that arrives while one runs queues exactly one more, which reads the market as it is by then.
 *
 * <p>The service has one consumer per event type, and this is the one for {@code vacancy.market-changed.v1}: it also
 * tells the other features that read the market (the recommendations' market index) in-process,
 * with {@link MarketStoreChanged}.
 */
@Component
class SalaryRetraining implements IntegrationEventHandler<MarketChanged>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SalaryRetraining.class);

    private final SalaryEstimates estimates;
    private final Executor executor;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean pending = new AtomicBoolean();

    @Autowired
    SalaryRetraining(SalaryEstimates estimates, ApplicationEventPublisher events) {
        this(estimates, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "salary-retraining");
            thread.setDaemon(true);
            return thread;
        }), events);
    }

    /** With the executor that runs retrains; one thread, so that two never run at once. Passes nothing on. */
    SalaryRetraining(SalaryEstimates estimates, Executor executor) {
        this(estimates, executor, event -> { });
    }

    SalaryRetraining(SalaryEstimates estimates, Executor executor, ApplicationEventPublisher events) {
        this.estimates = estimates;
        this.executor = executor;
        this.events = events;
    }

    @Override
    public Class<MarketChanged> eventClass() {
        return MarketChanged.class;
    }

    @Override
    public void handle(MarketChanged event) {
        log.info("Market changed by {} ({} added, {} updated); retraining the salary model", event.origin(),
                event.added(), event.updated());
        if (pending.compareAndSet(false, true)) {
            executor.execute(() -> {
                // Cleared before reading the market: an event from now on needs a retrain that sees its change.
                pending.set(false);
                estimates.refresh();
            });
        }
        events.publishEvent(new MarketStoreChanged(event.origin()));
    }

    @Override
    public void destroy() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
