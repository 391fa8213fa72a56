package com.qh.analysis.recommend;

import com.qh.analysis.source.MarketStoreChanged;
import com.qh.vacancy.client.SkillsReleaseApplied;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the market index once the service is up (in the background: the service answers meanwhile, with saved
 * vacancies only), again when the vacancy service says its market store changed ({@code vacancy.market-changed.v1},
 * after an import or an hh.ru sync: {@link MarketStoreChanged}, passed on in-process by its consumer), when a skills
 * taxonomy release is put to use ({@link SkillsReleaseApplied}: every vacancy is read again with it), and every
 * {@code qh.analysis.recommend.refresh} as a safety net. A vacancy service that does not answer is logged and tried
 * again at the next turn; the index keeps what it had.
 */
@Component
class MarketRefresh {

    private static final Logger log = LoggerFactory.getLogger(MarketRefresh.class);

    private final MarketIndex index;
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * Reads run one at a time on one platform thread of their own: a read is seconds of CPU, which on virtual
     * threads would hold a carrier that requests need, and two reads side by side (the first and a release's) would
     * hold both of a small machine's.
     */
    private final ExecutorService reading = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("market-index").factory());

    MarketRefresh(MarketIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        reading.execute(this::refresh);
    }

    /**
     * Reads the market again in the background, so that the event's consumer returns at once. A burst of changes is
     * coalesced: while a read waits to start, further events join it; one arriving while a read runs queues one more
     * (refreshes run one at a time), which sees the market as it is by then.
     */
    @EventListener
    void onMarketChanged(MarketStoreChanged event) {
        refreshSoon();
    }

    /** The index was read with the taxonomy before the release: read it again, as after a market change. */
    @EventListener
    void onSkillsReleased(SkillsReleaseApplied event) {
        refreshSoon();
    }

    private void refreshSoon() {
        if (pending.compareAndSet(false, true)) {
            reading.execute(() -> {
                pending.set(false);
                refresh();
            });
        }
    }

    @PreDestroy
    void stop() {
        reading.shutdownNow();
    }

    @Scheduled(fixedDelayString = "${qh.analysis.recommend.refresh:PT15M}",
            initialDelayString = "${qh.analysis.recommend.refresh:PT15M}")
    void refresh() {
        try {
            index.refresh();
        } catch (RuntimeException e) {
            log.warn("Could not read the market from the vacancy service; keeping the index of {} vacancies: {}",
                    index.size(), e.toString());
        }
    }
}
