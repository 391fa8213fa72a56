package com.qh.vacancy.market;

import com.qh.platform.web.QhException;
import com.qh.vacancy.importing.HhClient;
import com.qh.vacancy.importing.HhVacancies;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Imports market vacancies from the hh.ru search API on a schedule, when {@code qh.vacancy.market.sync.enabled}, each
 * read in full ({@code GET /vacancies/{id}}) for the description and key skills a search answer lacks. A failed
 * query is logged and tried again on the next run; the others go on.
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

    /** The pass running now, if any: one at a time, whoever started it. */
    private final AtomicReference<Running> running = new AtomicReference<>();

    @Scheduled(fixedDelayString = "${qh.vacancy.market.sync.interval:6h}",
            initialDelayString = "${qh.vacancy.market.sync.initial-delay:1m}")
    void scheduled() {
        if (properties.sync().enabled() && claim(null)) {
            try {
                run(null);
            } finally {
                running.set(null);
            }
        }
    }

    /**
     * Starts a pass in the background for an administrator (a pass reads hundreds of vacancies with a pause between
     * reads: minutes, longer than a request should wait); its run is in the log when it ends.
     *
     * @return false when a pass is running already (it was not started twice)
     */
    boolean start(UUID actor) {
        if (!claim(actor)) {
            return false;
        }
        Thread.ofVirtual().name("market-sync").start(() -> {
            try {
                run(actor);
            } catch (RuntimeException e) {
                log.warn("Market sync asked for by {} failed: {}", actor, e.getMessage());
            } finally {
                running.set(null);
            }
        });
        return true;
    }

    /** The pass running now, empty when none is. */
    Optional<Running> running() {
        return Optional.ofNullable(running.get());
    }

    private boolean claim(UUID actor) {
        return running.compareAndSet(null, new Running(store.now(), actor));
    }

    /**
     * A pass under way.
     *
     * @param actor who started it; null for the schedule
     */
    record Running(Instant since, UUID actor) {
    }

    /**
     * One pass over every query and area. What a pass stored is announced
     * once, after it, even when some queries failed; the queries that failed are the run's problems.
     *
     * @param actor the administrator who asked for it; null for the schedule
     */
    private void run(UUID actor) {
        MarketProperties.Sync sync = properties.sync();
        List<String> areas = sync.areas().isEmpty() ? Collections.singletonList(null) : sync.areas();
        Pass pass = new Pass(changes.start("sync", String.join(", ", sync.queries())
                + (sync.areas().isEmpty() ? "" : " (areas " + String.join(", ", sync.areas()) + ")"), actor));
        try {
            for (String query : sync.queries()) {
                for (String area : areas) {
                    try {
                        sync(query, area, sync, pass);
                    } catch (QhException e) {
                        log.warn("Market import of '{}' in area {} failed: {}", query, area, e.getMessage());
                        pass.tally.skip("'" + query + "'" + (area == null ? "" : " in area " + area) + ": "
                                + e.getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            pass.tally.failed(e.getMessage());
            throw e;
        } finally {
            log.info("Market import read {} vacancies, stored {} ({} read in full)", pass.tally.read,
                    pass.tally.added + pass.tally.updated, pass.detailed);
            changes.finish(pass.tally);
        }
    }

    /** Stores one query's pages. */
    private void sync(String query, String area, MarketProperties.Sync sync, Pass pass) {
        for (int page = 0; page < sync.pages(); page++) {
            JsonNode answer = hh.search(query, area, page, sync.perPage());
            List<JsonNode> items = new ArrayList<>();
            answer.path("items").forEach(items::add);
            for (JsonNode item : items) {
                String id = item.path("id").asString("");
                if (id.isBlank()) {
                    continue;
                }
                pass.tally.read++;
                if (sync.details() && store.hasCurrent("hh", id, published(item))) {
                    continue; // stored in full as hh.ru publishes it now
                }
                JsonNode vacancy = sync.details() ? details(id, item, sync, pass) : item;
                pass.tally.count(store.put("hh", id, HhVacancies.toDraft(vacancy, a -> null),
                        HhVacancies.professions(vacancy)));
            }
            if (page + 1 >= answer.path("pages").asInt(0)) {
                break;
            }
        }
    }

    /** The vacancy in full; the search item when hh.ru will not give it (removed since, or a failure). */
    private JsonNode details(String id, JsonNode item, MarketProperties.Sync sync, Pass pass) {
        try {
            pause(sync, pass);
            JsonNode vacancy = hh.vacancy(id);
            pass.detailed++;
            return vacancy;
        } catch (QhException e) {
            log.debug("hh.ru vacancy {} stored as the search found it: {}", id, e.getMessage());
            return item;
        }
    }

    /** Spaces the reads of one pass by {@code pause}: a pass reads up to pages × per-page vacancies in a row. */
    private static void pause(MarketProperties.Sync sync, Pass pass) {
        if (pass.reads++ > 0 && sync.pause().isPositive()) {
            try {
                Thread.sleep(sync.pause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QhException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "sync-interrupted",
                        "Sync interrupted", "The hh.ru sync was stopped.");
            }
        }
    }

    private static Instant published(JsonNode item) {
        String text = item.path("published_at").asString(null);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What one pass did. */
    private static final class Pass {
        final Tally tally;
        int detailed;
        /** Reads of a vacancy in full tried, answered or not. */
        int reads;

        Pass(Tally tally) {
            this.tally = tally;
        }
    }
}
