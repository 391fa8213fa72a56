package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.document.storage.BlobStore;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service with encryption at rest on, over the local store and the default limits (100 MB a file): the bytes
 * on disk are ciphertext, downloads and ranges give the plaintext, and content stored in the clear before
 * encryption was turned on is still found and read. The field-encryption key is the key file the platform makes
 * in the test context's data directory.
 */
@EncryptedStoreContext
class EncryptedStorageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    DocumentProperties properties;

    UUID userId;
    ApiClient api;

    @BeforeEach
    void signIn() {
        userId = UUID.randomUUID();
        api = ApiClient.on(port).as(TestUsers.user(userId));
    }

    @Test
    void keepsCiphertextOnDiskAndServesThePlaintextWholeAndInRanges() throws IOException {
        byte[] bytes = Fixtures.largePdf(300_000, 11);
        Reply uploaded = api.upload("/api/v1/documents", "Резюме.pdf", "application/octet-stream",
                bytes, Map.of("kind", "RESUME_UPLOAD"));
        String path = "/api/v1/documents/" + uploaded.json().get("id").asString() + "/content";

        String key = BlobStore.keyOf(userId, DocumentServiceTest.sha256(bytes)) + ".enc";
        assertThat(storedKeys()).containsExactly(key);
        assertThat(storageKeys()).containsExactly(key);
        byte[] onDisk = Files.readAllBytes(properties.local().directory().resolve(key));
        assertThat(onDisk).hasSizeGreaterThan(bytes.length).startsWith("QHT1".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(uploaded.json().get("sha256").asString()).isEqualTo(DocumentServiceTest.sha256(bytes));

        Reply whole = api.get(path);
        Reply acrossSegments = api.header("Range", "bytes=65530-131080").get(path);
        Reply tail = api.header("Range", "bytes=-100").get(path);
        Reply unchanged = api.header("If-None-Match", whole.header("ETag")).get(path);

        assertThat(whole.body()).isEqualTo(bytes);
        assertThat(whole.header("ETag")).isEqualTo("\"" + DocumentServiceTest.sha256(bytes) + "\"");
        assertThat(acrossSegments.status()).isEqualTo(206);
        assertThat(acrossSegments.header("Content-Range")).isEqualTo("bytes 65530-131080/300000");
        assertThat(acrossSegments.body()).isEqualTo(Arrays.copyOfRange(bytes, 65_530, 131_081));
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(bytes, 299_900, 300_000));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(spooled()).isEmpty();
    }

    @Test
    void findsAndReadsContentStoredInTheClearBeforeEncryptionWasTurnedOn() throws IOException {
        byte[] old = Fixtures.pdf("stored before encryption");
        String plainKey = BlobStore.keyOf(userId, DocumentServiceTest.sha256(old));
        Path before = Files.write(Files.createTempFile("before", ".pdf"), old);
        blobs.put(plainKey, before);
        Files.delete(before);

        String id = api.upload("/api/v1/documents", "old.pdf", "application/octet-stream",
                old, Map.of("kind", "OTHER")).json().get("id")
                .asString();
        api.upload("/api/v1/documents/" + id + "/versions", "new.pdf", "application/octet-stream",
                Fixtures.pdf("after"), Map.of());

        String newKey = BlobStore.keyOf(userId, DocumentServiceTest.sha256(Fixtures.pdf("after"))) + ".enc";
        assertThat(storedKeys()).containsExactlyInAnyOrder(plainKey, newKey);
        assertThat(storageKeys()).containsExactlyInAnyOrder(plainKey, newKey);
        assertThat(Files.readAllBytes(properties.local().directory().resolve(plainKey))).isEqualTo(old);
        assertThat(api.get("/api/v1/documents/" + id + "/versions/1/content").body()).isEqualTo(old);
        assertThat(api.header("Range", "bytes=0-7").get("/api/v1/documents/" + id + "/versions/1/content").body())
                .isEqualTo(Arrays.copyOf(old, 8));
        assertThat(api.get("/api/v1/documents/" + id + "/content").body()).isEqualTo(Fixtures.pdf("after"));
        assertThat(api.get("/api/v1/documents/usage").json().get("bytes").asLong())
                .isEqualTo(old.length + Fixtures.pdf("after").length);
    }

    @Test
    void sharesAnEncryptedDocumentByStreamingItThroughTheService() {
        byte[] bytes = Fixtures.pdf("shared, encrypted");
        String id = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                bytes, Map.of("kind", "RESUME_UPLOAD")).json()
                .get("id").asString();
        String link = api.post("/api/v1/documents/" + id + "/shares", null).json().get("path").asString();

        Reply download = ApiClient.on(port).get(link);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(bytes);
    }

    @Test
    void storesAFileOfExactlyTheLimitStreamedAndServesItsEnd() throws Exception {
        long size = properties.maxSize().toBytes();
        String boundary = "qh-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
                .header("Authorization", "Bearer " + TestUsers.user(userId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(
                                new ByteArrayInputStream(head), new GeneratedPdf(size),
                                new ByteArrayInputStream(tail))))), head.length + size + tail.length))
                .build();

        HttpResponse<String> stored = http.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        String sha256 = sha256(new GeneratedPdf(size));
        assertThat(stored.body()).contains("\"size\":" + size).contains(sha256);
        String path = "/api/v1/documents/" + ApiClient.JSON.readTree(stored.body()).get("id").asString()
                + "/content";
        Reply end = api.header("Range", "bytes=-70000").get(path);
        assertThat(end.body()).isEqualTo(new GeneratedPdf(size).readAllBytesFrom(size - 70_000));
        HttpResponse<InputStream> whole = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).header("Authorization", "Bearer " + TestUsers.user(userId)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = whole.body()) {
            assertThat(sha256(body)).isEqualTo(sha256);
        }
        assertThat(spooled()).isEmpty();
    }

    private List<String> storedKeys() {
        try (Stream<BlobStore.StoredBlob> all = blobs.list(BlobStore.prefixOf(userId))) {
            return all.map(BlobStore.StoredBlob::key).toList();
        }
    }

    private List<String> storageKeys() {
        return jdbc.queryForList("select distinct storage_key from document_version where owner_id = ?",
                String.class, userId);
    }

    /** What is left in the spool directory: uploads and sealed copies must be gone once answered. */
    private List<Path> spooled() throws IOException {
        Path spool = properties.tempDirectory();
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(file -> file.getFileName().toString().startsWith("qh-")).toList();
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF of any length made on the fly, the same every time: a test that never holds 100 MB. */
    static final class GeneratedPdf extends InputStream {

        private static final byte[] HEAD = Fixtures.pdf("generated");

        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        static byte at(long position) {
            return position < HEAD.length ? HEAD[(int) position]
                    : (byte) (position * 2_654_435_761L >>> 13 ^ position >>> 21);
        }

        byte[] readAllBytesFrom(long from) {
            byte[] bytes = new byte[(int) (size - from)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = at(from + i);
            }
            return bytes;
        }

        @Override
        public int read() {
            return position < size ? at(position++) & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = at(position++);
            }
            return n;
        }
    }
}
