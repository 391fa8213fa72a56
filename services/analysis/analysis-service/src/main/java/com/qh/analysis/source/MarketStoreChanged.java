package com.qh.analysis.source;

/**
 * In-process: the vacancy service's market store changed ({@code vacancy.market-changed.v1} arrived, after an import
 * or an hh.ru sync), so what a feature keeps read from the market is out of date. Published by the service's one
 * consumer of that event ({@code salary.SalaryRetraining}) for the other features to listen to with
 * {@code @EventListener}. A plain record and not the integration event itself, which carries an event type: published
 * again in-process, the outbox would send the vacancy service's event to the broker a second time.
 *
 * @param origin what changed it, as the vacancy service says ({@code import}, {@code sync})
 */
public record MarketStoreChanged(String origin) {
}
