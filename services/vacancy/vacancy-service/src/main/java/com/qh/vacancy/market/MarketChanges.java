package com.qh.vacancy.market;

import com.qh.vacancy.api.MarketChanged;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the log of runs that fill the market store and tells other services that it changed, once per import or
 * sync rather than once per vacancy: the salary model retrains on the whole market, so a burst of 4,500 events would
 * only make it retrain 4,500 times. Called after the vacancies' own transactions committed; the run's row and the
 * event (through the outbox) commit together.
 */
@Component
class MarketChanges {

    private static final Logger log = LoggerFactory.getLogger(MarketChanges.class);

    private final MarketStore store;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    MarketChanges(MarketStore store, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.store = store;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Starts the record of a run; {@link Tally#finish} keeps it. */
    Tally start(String origin, String source, UUID actor) {
        return new Tally(origin, source.length() > 300 ? source.substring(0, 297) + "…" : source, actor,
                store.now());
    }

    /** Keeps a finished run and announces it when it added or updated anything. */
    @Transactional
    void finish(Tally tally) {
        MarketRun run = tally.run(UUID.randomUUID(), store.now());
        jdbc.update("""
                insert into market_run (id, origin, source, actor, started_at, finished_at, read, added, updated,
                    skipped, problems, failure) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run.id(), run.origin(), run.source(), run.actor(), Timestamp.from(run.startedAt()),
                Timestamp.from(run.finishedAt()), run.read(), run.added(), run.updated(), run.skipped(),
                run.problems().toArray(String[]::new), run.failure());
        if (run.changedTheStore()) {
            events.publishEvent(new MarketChanged(UUID.randomUUID(), run.finishedAt(), run.origin(), run.read(),
                    run.added(), run.updated(), run.skipped()));
            log.info("Market changed by {}: {} read, {} added, {} updated, {} skipped", run.origin(), run.read(),
                    run.added(), run.updated(), run.skipped());
        }
    }

    /** The runs, newest first. */
    List<MarketRun> page(int page, int size) {
        return jdbc.query("select * from market_run order by started_at desc, id limit ? offset ?",
                (rs, n) -> new MarketRun(rs.getObject("id", UUID.class), rs.getString("origin"),
                        rs.getString("source"), rs.getObject("actor", UUID.class),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("read"), rs.getInt("added"), rs.getInt("updated"), rs.getInt("skipped"),
                        strings(rs.getArray("problems")), rs.getString("failure")),
                size, (long) page * size);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from market_run", Long.class);
        return count == null ? 0 : count;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
