package com.qh.vacancy.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a run that fills the market store has done so far: counted as it goes, kept by {@link MarketChanges}. */
final class Tally {

    private static final int MAX_PROBLEMS = 50;

    private final String origin;
    private final String source;
    private final UUID actor;
    private final Instant startedAt;
    int read;
    int added;
    int updated;
    int skipped;
    private final List<String> problems = new ArrayList<>();
    private String failure;

    Tally(String origin, String source, UUID actor, Instant startedAt) {
        this.origin = origin;
        this.source = source;
        this.actor = actor;
        this.startedAt = startedAt;
    }

    /** A vacancy stored: new ({@code true}) or seen before. */
    void count(boolean added) {
        if (added) {
            this.added++;
        } else {
            this.updated++;
        }
    }

    /** A record that could not be used, and why. */
    void skip(String why) {
        skipped++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(why);
        }
    }

    /** Why the run broke off before the end. */
    void failed(String why) {
        failure = why;
    }

    ImportReport report() {
        return new ImportReport(read, added, updated, skipped, List.copyOf(problems));
    }

    MarketRun run(UUID id, Instant finishedAt) {
        return new MarketRun(id, origin, source, actor, startedAt, finishedAt, read, added, updated, skipped,
                List.copyOf(problems), failure);
    }
}
