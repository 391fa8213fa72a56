package com.qh.analysis.recommend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the market index once the service is up (in the background: the service answers meanwhile, with saved
 * vacancies only) and again every {@code qh.analysis.recommend.refresh}. A vacancy service that does not answer is
 * logged and tried again at the next turn; the index keeps what it had.
 */
@Component
class MarketRefresh {

    private static final Logger log = LoggerFactory.getLogger(MarketRefresh.class);

    private final MarketIndex index;

    MarketRefresh(MarketIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Thread.ofVirtual().name("market-index-first-read").start(this::refresh);
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
