package com.qh.launcher.backup;

import com.qh.platform.embedded.EmbeddedPostgres;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the default run's state into one ZIP archive: every database of the embedded PostgreSQL as a logical dump
 * ({@link DatabaseDump}: definitions and {@code COPY} rows, each database read in one repeatable-read snapshot),
 * every file the applications keep under the data directory (document blobs under {@code documents/}, key files
 * under {@code keys/}), and a {@link Manifest} with versions, row counts and SHA-256 sums.
 *
 * <p>Left out: {@code postgres/} (carried by the dump instead, which a newer PostgreSQL can also read) and
 * {@code broker/}, the embedded broker's store of messages in flight; services declare their queues again on start
 * and the outbox republishes events it has not seen confirmed. For a backup with nothing in flight, stop the platform
 * first; a running one is backed up through its own PostgreSQL server.
 */
public final class Backup {

    /** Directories of the data directory the archive does not copy as files. */
    static final Set<String> NOT_FILES = Set.of("postgres", "broker");

    private Backup() {
    }

    /** Backs up {@code dataDirectory} into {@code archive}, which must not exist yet, and returns the manifest. */
    public static Manifest write(Path dataDirectory, Path archive, String qhVersion) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(data.resolve("postgres"))) {
            throw new IllegalStateException("No default-run data to back up in " + data);
        }
        if (Files.exists(archive)) {
            throw new IllegalStateException("Will not overwrite " + archive);
        }
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        try {
            Manifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial));
                    Cluster cluster = Cluster.open(data.resolve("postgres"))) {
                Map<String, Manifest.Database> databases = new LinkedHashMap<>();
                String postgresVersion;
                List<String> names;
                try (Connection admin = DriverManager.getConnection(cluster.jdbcUrl("postgres"),
                        EmbeddedPostgres.USERNAME, "")) {
                    postgresVersion = admin.getMetaData().getDatabaseProductVersion();
                    names = databases(admin);
                }
                for (String database : names) {
                    try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl(database),
                            EmbeddedPostgres.USERNAME, "")) {
                        databases.put(database, dump(connection, database, zip));
                    }
                }
                List<Manifest.DataFile> files = copyFiles(data, zip);
                manifest = new Manifest(Manifest.FORMAT, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        qhVersion, postgresVersion, databases, files);
                zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
                zip.write(yaml().dump(manifest.toYaml()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Backup into " + archive + " failed", e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Backup into " + archive + " failed: " + e.getMessage(), e);
        }
        finally {
            try {
                Files.deleteIfExists(partial);
            }
            catch (IOException e) {
                // The archive is complete or the error above says why not; a stray .part is harmless.
            }
        }
    }

    static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(200);
        return new Yaml(options);
    }

    static String sha256(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static List<String> databases(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' "
                                + "ORDER BY datname")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** One database in one snapshot: definitions and rows agree even while the platform writes. */
    private static Manifest.Database dump(Connection connection, String database, ZipOutputStream zip)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            DatabaseDump.Schema schema = DatabaseDump.schema(connection);
            String prefix = "databases/" + database + "/";
            writeText(zip, prefix + "pre-data.sql", schema.preData());
            List<Manifest.Table> tables = new ArrayList<>();
            int index = 0;
            for (DatabaseDump.Table table : schema.tables()) {
                String entry = prefix + "rows/%04d.copy".formatted(++index);
                zip.putNextEntry(new ZipEntry(entry));
                long rows = DatabaseDump.copyOut(connection, table, new KeepOpen(zip));
                zip.closeEntry();
                tables.add(new Manifest.Table(table.name(), table.columns(), rows, entry));
            }
            writeText(zip, prefix + "post-data.sql", schema.postData());
            return new Manifest.Database(schemaVersion(connection), tables);
        }
        finally {
            connection.rollback();
        }
    }

    /** The newest applied Flyway migration, or {@code none}. */
    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT to_regclass('public.flyway_schema_history') IS NOT NULL""")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return "none";
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT version FROM public.flyway_schema_history
                        WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1""")) {
            return rows.next() ? rows.getString(1) : "none";
        }
    }

    private static List<Manifest.DataFile> copyFiles(Path data, ZipOutputStream zip) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(data)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(path -> !NOT_FILES.contains(data.relativize(path).getName(0).toString()))
                    .sorted().toList();
        }
        List<Manifest.DataFile> files = new ArrayList<>();
        for (Path path : paths) {
            String relative = data.relativize(path).toString().replace('\\', '/');
            MessageDigest digest = newSha256();
            zip.putNextEntry(new ZipEntry("files/" + relative));
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                size = in.transferTo(zip);
            }
            zip.closeEntry();
            files.add(new Manifest.DataFile(relative, size, sha256(digest)));
        }
        return files;
    }

    private static void writeText(ZipOutputStream zip, String entry, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The archive stays open when a writer closes what it was given. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
