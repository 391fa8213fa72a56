package com.qh.vacancy.market;

import com.qh.vacancy.api.MarketChanged;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells other services that the market store changed, once per import or sync rather than once per vacancy: the
 * salary model retrains on the whole market, so a burst of 4,500 events would only make it retrain 4,500 times.
 * Called after the vacancies' own transactions committed; the event leaves through the outbox in its own.
 */
@Component
class MarketChanges {

    private static final Logger log = LoggerFactory.getLogger(MarketChanges.class);

    private final MarketStore store;
    private final ApplicationEventPublisher events;

    MarketChanges(MarketStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Announces what an import or a sync did, when it added or updated anything. */
    @Transactional
    void announce(String origin, int read, int added, int updated, int skipped) {
        if (added + updated == 0) {
            return;
        }
        events.publishEvent(new MarketChanged(UUID.randomUUID(), store.now(), origin, read, added, updated, skipped));
        log.info("Market changed by {}: {} read, {} added, {} updated, {} skipped", origin, read, added, updated,
                skipped);
    }
}
