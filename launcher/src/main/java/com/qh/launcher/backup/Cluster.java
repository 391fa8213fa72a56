package com.qh.launcher.backup;

import com.qh.platform.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The default run's PostgreSQL for a backup or restore: the server a running platform already has on the cluster
 * (found through its {@code postmaster.pid}), or one started here for the time it takes.
 */
final class Cluster implements AutoCloseable {

    private final int port;
    private final EmbeddedPostgres startedHere;

    private Cluster(int port, EmbeddedPostgres startedHere) {
        this.port = port;
        this.startedHere = startedHere;
    }

    /** Reaches the cluster in {@code directory}, starting a server on it when none runs. */
    static Cluster open(Path directory) {
        OptionalInt running = EmbeddedPostgres.runningPort(directory);
        if (running.isPresent()) {
            return new Cluster(running.getAsInt(), null);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.start(directory);
        return new Cluster(postgres.port(), postgres);
    }

    /** Starts a server on a new cluster in {@code directory}, which must not hold one. */
    static Cluster create(Path directory) {
        if (Files.exists(directory.resolve("PG_VERSION"))) {
            throw new IllegalStateException("A database cluster already exists in " + directory);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.start(directory);
        return new Cluster(postgres.port(), postgres);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    void ensureDatabase(String database) {
        EmbeddedPostgres.createDatabaseIfMissing(jdbcUrl("postgres"), EmbeddedPostgres.USERNAME, "", database);
    }

    /** Stops the server if it was started here; a running platform's stays up. */
    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
