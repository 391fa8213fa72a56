package com.qh.launcher.backup;

import com.qh.platform.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Brings a {@link Backup} archive back into an empty data directory: a new PostgreSQL cluster with every database
 * (definitions, rows, then constraints and indexes, one transaction per database), and every file; then checks the
 * row count of every table and the SHA-256 of every file against the manifest and fails on any difference.
 *
 * <p>A non-empty data directory is refused unless {@code force} is given, and then moved aside
 * ({@code data.before-restore-<time>}), never deleted.
 */
public final class Restore {

    private Restore() {
    }

    /** Restores {@code archive} into {@code dataDirectory} and returns the manifest it was checked against. */
    public static Manifest restore(Path archive, Path dataDirectory, boolean force) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = manifest(zip);
            makeRoom(data, force);
            Files.createDirectories(data);
            try (Cluster cluster = Cluster.create(data.resolve("postgres"))) {
                for (Map.Entry<String, Manifest.Database> database : manifest.databases().entrySet()) {
                    load(zip, cluster, database.getKey(), database.getValue());
                }
            }
            for (Manifest.DataFile file : manifest.files()) {
                extract(zip, data, file);
            }
            return manifest;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Restore from " + archive + " failed", e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Restore from " + archive + " failed: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the archive's manifest. */
    public static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new IllegalArgumentException(zip.getName() + " is not a QH backup: it has no " + Manifest.ENTRY);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Manifest manifest = Manifest.fromYaml(yaml);
            if (manifest.format() != Manifest.FORMAT) {
                throw new IllegalArgumentException("Backup format " + manifest.format() + " is not known here");
            }
            return manifest;
        }
    }

    private static void makeRoom(Path data, boolean force) throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        if (!force) {
            throw new IllegalStateException("The data directory " + data + " is not empty; restore into an empty "
                    + "one, or pass --force to move it aside first");
        }
        Path aside = data.resolveSibling(data.getFileName() + ".before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(data, aside);
        System.out.println("Moved the existing data directory to " + aside);
    }

    private static void load(ZipFile zip, Cluster cluster, String database, Manifest.Database expected)
            throws SQLException, IOException {
        cluster.ensureDatabase(database);
        String prefix = "databases/" + database + "/";
        try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(database),
                EmbeddedPostgres.USERNAME, "")) {
            connection.setAutoCommit(false);
            execute(connection, text(zip, prefix + "pre-data.sql"));
            for (Manifest.Table table : expected.tables()) {
                try (InputStream rows = zip.getInputStream(required(zip, table.entry()))) {
                    DatabaseDump.copyIn(connection, new DatabaseDump.Table(table.table(), table.columns()), rows);
                }
            }
            execute(connection, text(zip, prefix + "post-data.sql"));
            for (Manifest.Table table : expected.tables()) {
                long rows = count(connection, table.table());
                if (rows != table.rows()) {
                    throw new IllegalStateException("%s.%s has %d rows after restore, the backup %d"
                            .formatted(database, table.table(), rows, table.rows()));
                }
            }
            connection.commit();
        }
    }

    private static void extract(ZipFile zip, Path data, Manifest.DataFile file) throws IOException {
        Path target = data.resolve(file.path()).normalize();
        if (!target.startsWith(data) || target.equals(data)
                || Backup.NOT_FILES.contains(data.relativize(target).getName(0).toString())) {
            throw new IllegalArgumentException("The backup names a file outside the data directory: " + file.path());
        }
        Files.createDirectories(target.getParent());
        MessageDigest digest = Backup.newSha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(required(zip, "files/" + file.path())), digest);
                OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        String sha256 = Backup.sha256(digest);
        if (!sha256.equals(file.sha256())) {
            throw new IllegalStateException("%s has SHA-256 %s after restore, the backup %s"
                    .formatted(file.path(), sha256, file.sha256()));
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        if (sql.isBlank()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String text(ZipFile zip, String entry) throws IOException {
        try (InputStream in = zip.getInputStream(required(zip, entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ZipEntry required(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalArgumentException(zip.getName() + " lacks " + name);
        }
        return entry;
    }
}
