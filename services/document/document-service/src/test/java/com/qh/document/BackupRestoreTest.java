package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.document.storage.BlobStore;
import com.qh.test.ApiClient;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup procedure of the README on the local store: copy the blob directory and the three tables' rows, wipe
 * both, restore them, and find every version's bytes intact. Same settings as {@link DocumentServiceTest}, so it
 * shares its context.
 */
@PlainStoreContext
class BackupRestoreTest {

    // Parents before children, so that a restore satisfies the foreign keys.
    private static final List<String> TABLES = List.of("document", "document_version", "document_share");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    DocumentProperties properties;

    @TempDir
    Path backup;

    @Test
    void restoresEveryDocumentWithItsChecksumsFromABackupOfTheDirectoryAndTheRows() throws IOException {
        ApiClient api = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        String pdf = api.upload("/api/v1/documents", "Резюме.pdf", "application/octet-stream",
                Fixtures.pdf("backup"), Map.of("kind",
                "RESUME_UPLOAD")).json().get("id").asString();
        api.upload("/api/v1/documents/" + pdf + "/versions", "Резюме.pdf", "application/octet-stream",
                Fixtures.pdf("backup v2"), Map.of());
        String docx = api.upload("/api/v1/documents", "letter.docx", "application/octet-stream",
                Fixtures.docx(), Map.of("kind",
                "GENERATED_LETTER")).json().get("id").asString();
        api.upload("/api/v1/documents", "photo.png", "application/octet-stream",
                Fixtures.png(), Map.of("kind", "PHOTO"));
        Path root = properties.local().directory();

        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, jdbc.queryForList("select * from " + table)));
        copyTree(root, backup.resolve("documents"));

        jdbc.update("delete from document");
        deleteContents(root);
        assertThat(api.get("/api/v1/documents/" + pdf).status()).isEqualTo(404);

        TABLES.forEach(table -> rows.get(table).forEach(row -> insert(table, row)));
        copyTree(backup.resolve("documents"), root);

        List<Map<String, Object>> versions = jdbc.queryForList("select storage_key, sha256 from document_version");
        assertThat(versions).hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> version : versions) {
            try (InputStream in = blobs.open((String) version.get("storage_key"), 0, -1)) {
                assertThat(DocumentServiceTest.sha256(in)).isEqualTo(version.get("sha256"));
            }
        }
        assertThat(api.get("/api/v1/documents/" + pdf + "/versions/1/content").body())
                .isEqualTo(Fixtures.pdf("backup"));
        assertThat(api.get("/api/v1/documents/" + pdf + "/content").body()).isEqualTo(Fixtures.pdf("backup v2"));
        assertThat(api.get("/api/v1/documents/" + docx + "/content").body()).isEqualTo(Fixtures.docx());
        assertThat(api.get("/api/v1/documents").json()).hasSize(3);
    }

    private void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(column -> "?").collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteContents(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(root)).forEach(path -> {
                try {
                    Files.delete(path);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
