package com.qh.vacancy.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The market store changed: an administrator's or a service's bulk import, or a pass of the scheduled hh.ru sync,
 * stored vacancies and committed them. Whoever learns from the market (the analysis service's salary model) reads it
 * again through {@code Vacancies.ListMarket}; the counts let it log what changed and skip nothing: the event is sent
 * only when something was added or updated.
 *
 * @param origin what changed the store: {@code import} (a file through {@code POST /api/v1/market/import}),
 *     {@code sync} (the hh.ru search import, scheduled or run by an administrator) or {@code taxonomy} (a taxonomy
 *     release: the stored vacancies' skills read again with it; {@code updated} counts those that changed)
 * @param read records read (for a sync: vacancies hh.ru answered with an id)
 * @param added market vacancies new to the store
 * @param updated market vacancies seen before and updated
 * @param skipped records that could not be used
 */
@EventType("vacancy.market-changed.v1")
public record MarketChanged(UUID eventId, Instant occurredAt, String origin, int read, int added, int updated,
        int skipped) implements IntegrationEvent {
}
