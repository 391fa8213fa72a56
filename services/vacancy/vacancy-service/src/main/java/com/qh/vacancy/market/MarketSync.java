package com.qh.vacancy.market;

import com.qh.platform.web.QhException;
import com.qh.vacancy.importing.HhClient;
import com.qh.vacancy.importing.HhVacancies;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Imports market vacancies from the hh.ru search API on a schedule, when {@code qh.vacancy.market.sync.enabled}.
 * A failed query is logged and tried again on the next run; the others go on.
 */
@Component
class MarketSync {

    private static final Logger log = LoggerFactory.getLogger(MarketSync.class);

    private final MarketProperties properties;
    private final HhClient hh;
    private final MarketStore store;
    private final MarketChanges changes;

    MarketSync(MarketProperties properties, HhClient hh, MarketStore store, MarketChanges changes) {
        this.properties = properties;
        this.hh = hh;
        this.store = store;
        this.changes = changes;
    }

    @Scheduled(fixedDelayString = "${qh.vacancy.market.sync.interval:6h}", initialDelayString = "1m")
    void scheduled() {
        if (properties.sync().enabled()) {
            run();
        }
    }

    /**
     * One pass over every query and area; answers how many vacancies were stored. What a pass stored is announced
     * once, after it, even when some queries failed.
     */
    int run() {
        MarketProperties.Sync sync = properties.sync();
        List<String> areas = sync.areas().isEmpty() ? java.util.Collections.singletonList(null) : sync.areas();
        int[] addedUpdated = new int[2];
        try {
            for (String query : sync.queries()) {
                for (String area : areas) {
                    try {
                        sync(query, area, sync, addedUpdated);
                    } catch (QhException e) {
                        log.warn("Market import of '{}' in area {} failed: {}", query, area, e.getMessage());
                    }
                }
            }
        } finally {
            int stored = addedUpdated[0] + addedUpdated[1];
            log.info("Market import stored {} vacancies", stored);
            changes.announce("sync", stored, addedUpdated[0], addedUpdated[1], 0);
        }
        return addedUpdated[0] + addedUpdated[1];
    }

    /** Stores one query's pages, counting new vacancies in {@code addedUpdated[0]} and updated ones in [1]. */
    private void sync(String query, String area, MarketProperties.Sync sync, int[] addedUpdated) {
        for (int page = 0; page < sync.pages(); page++) {
            JsonNode answer = hh.search(query, area, page, sync.perPage());
            List<JsonNode> items = new ArrayList<>();
            answer.path("items").forEach(items::add);
            for (JsonNode item : items) {
                String id = item.path("id").asString("");
                if (!id.isBlank()) {
                    addedUpdated[store.put("hh", id, HhVacancies.toDraft(item, a -> null)) ? 0 : 1]++;
                }
            }
            if (page + 1 >= answer.path("pages").asInt(0)) {
                break;
            }
        }
    }
}
