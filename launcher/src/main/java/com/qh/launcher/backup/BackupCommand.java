package com.qh.launcher.backup;

import com.qh.launcher.LaunchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code ./mvnw -Pbackup} and {@code ./mvnw -Prestore}: backs up or restores the default run's data directory
 * ({@code QH_DATA_DIR}, default {@code ./data}).
 *
 * <pre>
 * BackupCommand backup [archive.zip]           (default qh-backup-&lt;time&gt;.zip in the working directory)
 * BackupCommand restore archive.zip [--force]  (--force moves a non-empty data directory aside first)
 * </pre>
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    /** Runs one command; exits with 2 on a usage error and 1 when the backup or restore failed. */
    public static void main(String[] args) {
        List<String> words = List.of(args).stream().map(String::strip).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty() || !List.of("backup", "restore").contains(words.get(0))
                || words.get(0).equals("restore") && words.size() < 2) {
            System.err.println("usage: backup [archive.zip] | restore archive.zip [--force]");
            System.exit(2);
            return;
        }
        try {
            LaunchSettings settings = LaunchSettings.fromEnvironment();
            if (words.get(0).equals("backup")) {
                Path archive = Path.of(words.size() > 1 ? words.get(1) : "qh-backup-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip")
                        .toAbsolutePath();
                Manifest manifest = Backup.write(settings.dataDirectory(), archive,
                        projectVersion(settings.projectRoot()));
                System.out.printf("Backed up %s into %s (%d bytes): %s%n", settings.dataDirectory(), archive,
                        Files.size(archive), summary(manifest));
            }
            else {
                boolean force = words.contains("--force") || words.contains("--force=true");
                Manifest manifest = Restore.restore(Path.of(words.get(1)).toAbsolutePath(), settings.dataDirectory(),
                        force);
                System.out.printf("Restored %s into %s, row counts and SHA-256 sums checked: %s%n", words.get(1),
                        settings.dataDirectory(), summary(manifest));
            }
        }
        catch (RuntimeException | java.io.IOException e) {
            System.err.println(words.get(0) + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static String summary(Manifest manifest) {
        long tables = manifest.databases().values().stream().mapToLong(database -> database.tables().size()).sum();
        long rows = manifest.databases().values().stream().flatMap(database -> database.tables().stream())
                .mapToLong(Manifest.Table::rows).sum();
        return "%d databases, %d tables, %d rows, %d files (QH %s, PostgreSQL %s, taken %s)".formatted(
                manifest.databases().size(), tables, rows, manifest.files().size(), manifest.qhVersion(),
                manifest.postgresql(), manifest.created());
    }

    /** The reactor's version from the root pom.xml, for the manifest. */
    static String projectVersion(Path projectRoot) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(projectRoot.resolve("pom.xml").toFile())
                    .getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("version".equals(child.getNodeName())) {
                    return child.getTextContent().strip();
                }
            }
            return "unknown";
        }
        catch (Exception e) {
            return "unknown";
        }
    }
}
