package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.auth.api.UserDeleted;
import com.qh.document.erasure.OrphanCleanup;
import com.qh.document.storage.BlobStore;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The document service over HTTP on the embedded infrastructure, storing in a local directory of the test
 * context's own data directory. Limits are small here so that they can be reached: 5 MB a file, 6 documents and
 * 3 MB per user.
 */
@PlainStoreContext
class DocumentServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

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
    void refusesTextAndDatesTheDatabaseCannotStoreAsTheCallersMistake() {
        Reply nul = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream", Fixtures.pdf("nul"),
                Map.of("kind", "OTHER", "title", "a" + (char) 0 + "b"));
        String id = upload("cv.pdf", Fixtures.pdf("dated"), "OTHER").json().get("id").asString();
        Reply farFuture = api.post("/api/v1/documents/" + id + "/shares",
                Map.of("expiresAt", "+1000000-01-01T00:00:00Z"));

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.problemType()).isEqualTo("unstorable-text");
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(farFuture.problemType()).isEqualTo("date-out-of-range");
        assertThat(api.get("/api/v1/documents").json()).hasSize(1);
    }

    @Test
    void storesPdfDocxAndPngWithTheTypeFoundInTheirBytes() {
        Reply pdf = upload("resume.pdf", Fixtures.pdf("one"), "RESUME_UPLOAD");
        Reply docx = upload("resume.docx", Fixtures.docx(), "RESUME_UPLOAD");
        Reply png = upload("photo", Fixtures.png(), "PHOTO");

        assertThat(pdf.status()).isEqualTo(201);
        assertThat(pdf.header("Location")).isEqualTo("/api/v1/documents/" + pdf.json().get("id").asString());
        assertThat(pdf.json().get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(pdf.json().get("sha256").asString()).isEqualTo(sha256(Fixtures.pdf("one")));
        assertThat(pdf.json().get("size").asLong()).isEqualTo(Fixtures.pdf("one").length);
        assertThat(docx.json().get("mediaType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(png.json().get("mediaType").asString()).isEqualTo("image/png");
        assertThat(png.json().get("fileName").asString()).isEqualTo("photo.png");
        assertThat(api.get("/api/v1/documents").json().findValuesAsString("kind")).containsExactlyInAnyOrder(
                "RESUME_UPLOAD", "RESUME_UPLOAD", "PHOTO");
        assertThat(api.get("/api/v1/documents?kind=PHOTO").json()).hasSize(1);
    }

    @Test
    void refusesDisguisedFilesAndDecompressionBombs() {
        Reply exe = upload("resume.pdf", Fixtures.executable(), "RESUME_UPLOAD");
        Reply zip = upload("resume.pdf", Fixtures.plainZip(), "RESUME_UPLOAD");
        Reply bomb = upload("resume.docx", Fixtures.zipBombDocx(30), "RESUME_UPLOAD");
        Reply tooLarge = upload("big.pdf", Fixtures.largePdf(6 * 1024 * 1024, 1), "OTHER");

        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.problemType()).isEqualTo("unsupported-document-type");
        assertThat(zip.status()).isEqualTo(415);
        assertThat(bomb.status()).isEqualTo(422);
        assertThat(bomb.problemType()).isEqualTo("suspicious-archive");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(api.get("/api/v1/documents").json()).isEmpty();
        assertThat(storedKeys()).isEmpty();
    }

    @Test
    void acceptsAFileWhoseLongCyrillicNameFillsThePartHeader() {
        // About 530 bytes of UTF-8 in the part's Content-Disposition: past Tomcat's default of 512 for a header.
        String name = "Резюме ".repeat(40).strip() + ".pdf";

        Reply stored = upload(name, Fixtures.pdf("long name"), "RESUME_UPLOAD");

        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.json().get("fileName").asString()).hasSize(200).startsWith("Резюме Резюме").endsWith(".pdf");
    }

    @Test
    void keepsEveryVersionAndRestoresAnOlderOneAsANewVersion() {
        String id = upload("cv.pdf", Fixtures.pdf("v1"), "RESUME_UPLOAD").json().get("id").asString();

        Reply second = api.upload("/api/v1/documents/" + id + "/versions", "cv-new.pdf", "application/octet-stream",
                Fixtures.pdf("v2"), Map.of());
        Reply restored = api.post("/api/v1/documents/" + id + "/versions/1/restore", null);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("number").asInt()).isEqualTo(2);
        assertThat(restored.status()).isEqualTo(201);
        assertThat(restored.json().get("number").asInt()).isEqualTo(3);
        assertThat(restored.json().get("restoredFrom").asInt()).isEqualTo(1);
        JsonNode versions = api.get("/api/v1/documents/" + id + "/versions").json();
        assertThat(versions.findValuesAsString("sha256")).containsExactly(sha256(Fixtures.pdf("v1")),
                sha256(Fixtures.pdf("v2")), sha256(Fixtures.pdf("v1")));
        assertThat(api.get("/api/v1/documents/" + id + "/versions/2/content").body()).isEqualTo(Fixtures.pdf("v2"));
        assertThat(api.get("/api/v1/documents/" + id + "/content").body()).isEqualTo(Fixtures.pdf("v1"));
        assertThat(api.get("/api/v1/documents/" + id).json().get("currentVersion").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/documents/" + id + "/versions/9/content").status()).isEqualTo(404);
    }

    @Test
    void storesEqualBytesOnce() {
        upload("a.pdf", Fixtures.pdf("same"), "OTHER");
        java.time.Instant written = onlyBlob().lastModified();
        String id = upload("b.pdf", Fixtures.pdf("same"), "OTHER").json().get("id").asString();
        api.upload("/api/v1/documents/" + id + "/versions", "c.pdf", "application/octet-stream",
                Fixtures.pdf("same"), Map.of());

        assertThat(storedKeys()).containsExactly(BlobStore.keyOf(userId, sha256(Fixtures.pdf("same"))));
        assertThat(onlyBlob().lastModified()).as("the blob is not written again").isEqualTo(written);
        assertThat(api.get("/api/v1/documents/usage").json().get("bytes").asLong())
                .isEqualTo(Fixtures.pdf("same").length);
    }

    @Test
    void downloadsRangesAnswersETagsAndNamesTheFileInUtf8() {
        byte[] bytes = Fixtures.largePdf(300_000, 7);
        String id = upload("Резюме Иванова.pdf", bytes, "RESUME_UPLOAD").json().get("id").asString();
        String path = "/api/v1/documents/" + id + "/content";

        Reply whole = api.get(path);
        Reply middle = api.header("Range", "bytes=1000-1999").get(path);
        Reply tail = api.header("Range", "bytes=-100").get(path);
        Reply beyond = api.header("Range", "bytes=400000-").get(path);
        Reply unchanged = api.header("If-None-Match", whole.header("ETag")).get(path);

        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(bytes);
        assertThat(whole.header("ETag")).isEqualTo("\"" + sha256(bytes) + "\"");
        assertThat(whole.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(whole.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(whole.header("Content-Disposition")).isEqualTo("attachment; filename=\"Rezyume Ivanova.pdf\"; "
                + "filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5%20%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0.pdf");
        assertThat(middle.status()).isEqualTo(206);
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 1000-1999/300000");
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 2000));
        assertThat(tail.status()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(bytes, 299_900, 300_000));
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */300000");
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void answersARangePastTheEndWithAProblemDocumentThatGivesTheLength() {
        byte[] bytes = Fixtures.pdf("short");
        String id = upload("cv.pdf", bytes, "OTHER").json().get("id").asString();
        String link = api.post("/api/v1/documents/" + id + "/shares", null).json().get("path").asString();

        Reply own = api.header("Range", "bytes=99999999-").get("/api/v1/documents/" + id + "/content");
        Reply version = api.header("Range", "bytes=99999999-").get("/api/v1/documents/" + id + "/versions/1/content");
        Reply shared = ApiClient.on(port).header("Range", "bytes=99999999-").get(link);

        for (Reply beyond : List.of(own, version, shared)) {
            assertThat(beyond.status()).isEqualTo(416);
            assertThat(beyond.header("Content-Type")).startsWith("application/problem+json");
            assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + bytes.length);
            assertThat(beyond.problemType()).isEqualTo("range-not-satisfiable");
            assertThat(beyond.json().path("length").asLong()).isEqualTo(bytes.length);
            assertThat(beyond.json().path("correlationId").asString()).isNotBlank();
        }
        assertThat(api.get("/api/v1/documents/" + id + "/shares").json().get(0).get("downloadCount").asLong())
                .as("nothing was sent").isZero();
    }

    @Test
    void answersAnUploadWithoutItsFilePartWithAProblemDocument() throws Exception {
        String boundary = "qh-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/v1/documents?kind=RESUME_UPLOAD"))
                .header("Authorization", "Bearer " + TestUsers.user(userId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).as(answer.body()).startsWith("https://qh.dev/problems/");
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains("file");
    }

    @Test
    void sharesWithAPasswordCountsDownloadsAndStopsWhenRevokedOrExpired() {
        String id = upload("cv.pdf", Fixtures.pdf("shared"), "RESUME_UPLOAD").json().get("id").asString();
        Reply created = api.post("/api/v1/documents/" + id + "/shares", Map.of("password", "s3cret-pass",
                "expiresAt", Instant.now().plus(Duration.ofDays(7)).toString()));
        String token = created.json().get("token").asString();
        String link = created.json().get("path").asString();
        ApiClient anyone = ApiClient.on(port);

        assertThat(created.status()).isEqualTo(201);
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(anyone.get(link).status()).isEqualTo(401);
        assertThat(anyone.header("X-Share-Password", "wrong").get(link).status()).isEqualTo(403);
        Reply download = anyone.header("X-Share-Password", "s3cret-pass").get(link);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Fixtures.pdf("shared"));
        assertThat(anyone.get(link + "?password=s3cret-pass").status()).as("only in the header").isEqualTo(400);
        assertThat(anyone.header("X-Share-Password", "s3cret-pass").header("Range", "bytes=0-9").get(link).status())
                .isEqualTo(206);
        JsonNode listed = api.get("/api/v1/documents/" + id + "/shares").json().get(0);
        assertThat(listed.get("downloadCount").asLong()).isEqualTo(2);
        assertThat(listed.get("passwordProtected").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from document_share where token_hash = ?", Integer.class,
                token)).isZero();

        jdbc.update("update document_share set expires_at = ? where id = ?::uuid",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), created.json().get("id").asString());
        assertThat(anyone.header("X-Share-Password", "s3cret-pass").get(link).status()).isEqualTo(410);

        Reply open = api.post("/api/v1/documents/" + id + "/shares", null);
        String openLink = open.json().get("path").asString();
        assertThat(anyone.get(openLink).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/documents/" + id + "/shares/" + open.json().get("id").asString()).status())
                .isEqualTo(204);
        assertThat(anyone.get(openLink).status()).isEqualTo(404);
        assertThat(anyone.get("/api/v1/documents/shared/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void showsNothingOfAnotherUsersDocuments() {
        String id = upload("cv.pdf", Fixtures.pdf("mine"), "RESUME_UPLOAD").json().get("id").asString();
        ApiClient stranger = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));

        assertThat(stranger.get("/api/v1/documents/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/documents/" + id + "/content").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/documents/" + id + "/versions/1/content").status()).isEqualTo(404);
        assertThat(stranger.upload("/api/v1/documents/" + id + "/versions", "x.pdf", "application/octet-stream",
                Fixtures.pdf("x"), Map.of())
                .status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/documents/" + id + "/shares", null).status()).isEqualTo(404);
        assertThat(stranger.delete("/api/v1/documents/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/documents").json()).isEmpty();
        assertThat(ApiClient.on(port).get("/api/v1/documents/" + id).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/documents/" + id).status()).isEqualTo(200);
    }

    @Test
    void refusesUploadsPastTheQuotaWithTheLimits() {
        for (int i = 0; i < 6; i++) {
            assertThat(upload("cv" + i + ".pdf", Fixtures.pdf("n" + i), "OTHER").status()).isEqualTo(201);
        }
        Reply seventh = upload("cv7.pdf", Fixtures.pdf("n7"), "OTHER");

        assertThat(seventh.status()).isEqualTo(422);
        assertThat(seventh.problemType()).isEqualTo("quota-exceeded");
        assertThat(seventh.json().get("maxDocuments").asInt()).isEqualTo(6);
        assertThat(seventh.json().get("documents").asInt()).isEqualTo(6);

        ApiClient other = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        assertThat(other.upload("/api/v1/documents", "a.pdf", "application/octet-stream",
                Fixtures.largePdf(2_000_000, 1),
                Map.of("kind", "OTHER")).status()).isEqualTo(201);
        Reply overBytes = other.upload("/api/v1/documents", "b.pdf", "application/octet-stream",
                Fixtures.largePdf(2_000_000, 2),
                Map.of("kind", "OTHER"));
        assertThat(overBytes.status()).isEqualTo(422);
        assertThat(overBytes.json().get("maxBytes").asLong()).isEqualTo(3 * 1024 * 1024);
        assertThat(other.get("/api/v1/documents/usage").json().get("documents").asInt()).isEqualTo(1);
    }

    @Test
    void announcesUploadsAndNewVersions() {
        String queue = "test.document-events." + UUID.randomUUID();
        amqp.declareQueue(new Queue(queue, false, false, true));
        TopicExchange exchange = new TopicExchange("qh.events");
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(exchange).with("document.uploaded.v1"));
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(exchange).with("document.version-added.v1"));

        String id = upload("cv.pdf", Fixtures.pdf("event"), "GENERATED_RESUME").json().get("id").asString();
        api.upload("/api/v1/documents/" + id + "/versions", "cv.pdf", "application/octet-stream",
                Fixtures.png(), Map.of());

        JsonNode uploaded = receive(queue);
        JsonNode added = receive(queue);
        assertThat(uploaded.get("documentId").asString()).isEqualTo(id);
        assertThat(uploaded.get("userId").asString()).isEqualTo(userId.toString());
        assertThat(uploaded.get("kind").asString()).isEqualTo("GENERATED_RESUME");
        assertThat(uploaded.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.get("sha256").asString()).isEqualTo(sha256(Fixtures.pdf("event")));
        assertThat(uploaded.get("size").asLong()).isEqualTo(Fixtures.pdf("event").length);
        assertThat(added.get("version").asInt()).isEqualTo(2);
        assertThat(added.get("mediaType").asString()).isEqualTo("image/png");
    }

    @Test
    void erasesEveryRowAndBlobOfADeletedAccount() {
        String id = upload("cv.pdf", Fixtures.pdf("erase"), "RESUME_UPLOAD").json().get("id").asString();
        api.upload("/api/v1/documents/" + id + "/versions", "cv.pdf", "application/octet-stream",
                Fixtures.pdf("erase2"), Map.of());
        api.post("/api/v1/documents/" + id + "/shares", null);
        UUID neighbour = UUID.randomUUID();
        ApiClient.on(port).as(TestUsers.user(neighbour)).upload("/api/v1/documents", "cv.pdf",
                "application/octet-stream", Fixtures.pdf("erase"), Map.of("kind", "OTHER"));

        rabbit.convertAndSend("qh.events", "user.deleted.v1", ApiClient.JSON.writeValueAsBytes(
                new UserDeleted(UUID.randomUUID(), Instant.now(), userId)), message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from document where owner_id = ?", Integer.class,
                    userId)).isZero();
            assertThat(storedKeys()).isEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from document_version where owner_id = ?", Integer.class,
                userId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_share where owner_id = ?", Integer.class,
                userId)).isZero();
        try (Stream<BlobStore.StoredBlob> left = blobs.list(BlobStore.prefixOf(neighbour))) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void deletesADocumentWithTheBlobsNothingElseNeeds() {
        String keep = upload("a.pdf", Fixtures.pdf("shared-bytes"), "OTHER").json().get("id").asString();
        String gone = upload("b.pdf", Fixtures.pdf("shared-bytes"), "OTHER").json().get("id").asString();
        api.upload("/api/v1/documents/" + gone + "/versions", "b.pdf", "application/octet-stream",
                Fixtures.pdf("only-here"), Map.of());

        assertThat(api.delete("/api/v1/documents/" + gone).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedKeys())
                .containsExactly(BlobStore.keyOf(userId, sha256(Fixtures.pdf("shared-bytes")))));
        assertThat(api.get("/api/v1/documents/" + gone).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/documents/" + keep + "/content").body()).isEqualTo(Fixtures.pdf("shared-bytes"));
    }

    @Test
    void storesGeneratedFilesForServicesOnly() {
        ApiClient generator = ApiClient.on(port).as(TestUsers.service("resume", "document"));

        Reply stored = generator.upload("/api/v1/internal/documents", "Резюме.pdf", "application/octet-stream",
                Fixtures.pdf("generated"),
                Map.of("userId", userId.toString(), "kind", "GENERATED_RESUME", "title", "Java, RU"));
        String id = stored.json().get("id").asString();
        Reply again = generator.upload("/api/v1/internal/documents", "Резюме.pdf", "application/octet-stream",
                Fixtures.pdf("generated 2"),
                Map.of("userId", userId.toString(), "kind", "GENERATED_RESUME", "documentId", id));
        Reply byUser = api.upload("/api/v1/internal/documents", "x.pdf", "application/octet-stream", Fixtures.pdf("x"),
                Map.of("userId", userId.toString(), "kind", "OTHER"));
        Reply exe = generator.upload("/api/v1/internal/documents", "x.pdf", "application/octet-stream",
                Fixtures.executable(),
                Map.of("userId", userId.toString(), "kind", "OTHER"));

        assertThat(stored.status()).isEqualTo(201);
        assertThat(again.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(byUser.status()).isEqualTo(403);
        assertThat(exe.status()).isEqualTo(415);
        assertThat(api.get("/api/v1/documents/" + id).json().get("title").asString()).isEqualTo("Java, RU");
        assertThat(generator.get("/api/v1/documents").status()).isEqualTo(403);
    }

    @Test
    void removesOnlyOldBlobsThatNoVersionNeeds(@Autowired OrphanCleanup cleanup) throws IOException {
        upload("cv.pdf", Fixtures.pdf("referenced"), "OTHER");
        String referenced = BlobStore.keyOf(userId, sha256(Fixtures.pdf("referenced")));
        String oldOrphan = BlobStore.keyOf(userId, sha256(Fixtures.pdf("old orphan")));
        String freshOrphan = BlobStore.keyOf(userId, sha256(Fixtures.pdf("fresh orphan")));
        Path file = Files.createTempFile("orphan", ".pdf");
        Files.write(file, Fixtures.pdf("orphan"));
        blobs.put(oldOrphan, file);
        blobs.put(freshOrphan, file);
        Path root = properties.local().directory();
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(3)));
        Files.setLastModifiedTime(root.resolve(oldOrphan), longAgo);
        Files.setLastModifiedTime(root.resolve(referenced), longAgo);

        assertThat(cleanup.removeOrphans()).isGreaterThanOrEqualTo(1);

        assertThat(storedKeys()).containsExactlyInAnyOrder(referenced, freshOrphan);
    }

    @Test
    void describesEveryEndpointInItsOpenApiDocument() {
        JsonNode document = ApiClient.on(port).get("/v3/api-docs").json();

        assertThat(document.get("paths").propertyNames()).contains("/api/v1/documents", "/api/v1/documents/{id}",
                "/api/v1/documents/{id}/content", "/api/v1/documents/{id}/versions",
                "/api/v1/documents/{id}/versions/{number}/content", "/api/v1/documents/{id}/versions/{number}/restore",
                "/api/v1/documents/{id}/shares", "/api/v1/documents/{id}/shares/{shareId}",
                "/api/v1/documents/shared/{token}", "/api/v1/documents/usage");
        assertThat(document.get("paths").propertyNames()).as("internal operations are not for clients")
                .doesNotContain("/api/v1/internal/documents");
    }

    private Reply upload(String name, byte[] bytes, String kind) {
        return api.upload("/api/v1/documents", name, "application/octet-stream", bytes, Map.of("kind", kind));
    }

    private BlobStore.StoredBlob onlyBlob() {
        try (Stream<BlobStore.StoredBlob> all = blobs.list(BlobStore.prefixOf(userId))) {
            List<BlobStore.StoredBlob> listed = all.toList();
            assertThat(listed).hasSize(1);
            return listed.getFirst();
        }
    }

    private List<String> storedKeys() {
        try (Stream<BlobStore.StoredBlob> all = blobs.list(BlobStore.prefixOf(userId))) {
            return all.map(BlobStore.StoredBlob::key).toList();
        }
    }

    private JsonNode receive(String queue) {
        Message message = await().atMost(Duration.ofSeconds(20)).until(() -> rabbit.receive(queue), m -> m != null);
        return ApiClient.JSON.readTree(message.getBody());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
