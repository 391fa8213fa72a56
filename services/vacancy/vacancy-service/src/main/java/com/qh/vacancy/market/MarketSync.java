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

    MarketSync(MarketProperties properties, HhClient hh, MarketStore store) {
        this.properties = properties;
        this.hh = hh;
        this.store = store;
    }

    @Scheduled(fixedDelayString = "${qh.vacancy.market.sync.interval:6h}", initialDelayString = "1m")
    void scheduled() {
        if (properties.sync().enabled()) {
            run();
        }
    }

    /** One pass over every query and area; answers how many vacancies were stored. */
    int run() {
        MarketProperties.Sync sync = properties.sync();
        List<String> areas = sync.areas().isEmpty() ? java.util.Collections.singletonList(null) : sync.areas();
        int stored = 0;
        for (String query : sync.queries()) {
            for (String area : areas) {
                try {
                    stored += sync(query, area, sync);
                } catch (QhException e) {
                    log.warn("Market import of '{}' in area {} failed: {}", query, area, e.getMessage());
                }
            }
        }
        log.info("Market import stored {} vacancies", stored);
        return stored;
    }

    private int sync(String query, String area, MarketProperties.Sync sync) {
        int stored = 0;
        for (int page = 0; page < sync.pages(); page++) {
            JsonNode answer = hh.search(query, area, page, sync.perPage());
            List<JsonNode> items = new ArrayList<>();
            answer.path("items").forEach(items::add);
            for (JsonNode item : items) {
                String id = item.path("id").asString("");
                if (!id.isBlank()) {
                    store.put("hh", id, HhVacancies.toDraft(item, a -> null));
                    stored++;
                }
            }
            if (page + 1 >= answer.path("pages").asInt(0)) {
                break;
            }
        }
        return stored;
    }
}
