package com.qh.vacancy.market;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run that filled the market store, as administrators see it.
 *
 * @param origin {@code import} (a file), {@code sync} (the hh.ru search import) or {@code taxonomy} (the store read
 *        again after a taxonomy release)
 * @param source the file's name, the sync's queries, or the release
 * @param actor the administrator or service that asked for it; absent for a scheduled run
 * @param problems why records were skipped, the first 50
 * @param failure why the run broke off before the end (what came before it was kept); absent when it ran through
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MarketRun(UUID id, String origin, String source, @Schema(nullable = true) UUID actor, Instant startedAt,
        Instant finishedAt, int read, int added, int updated, int skipped, List<String> problems,
        @Schema(nullable = true) String failure) {

    /** A run that stored something tells the services that learn from the store. */
    boolean changedTheStore() {
        return added + updated > 0;
    }
}
