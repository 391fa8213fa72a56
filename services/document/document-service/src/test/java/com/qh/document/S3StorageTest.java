package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The service storing in an S3 bucket: S3Mock, a real S3 protocol server, runs inside the test JVM. It is a Spring
 * Boot application of its own on this test's classpath, so everything of ours it would otherwise configure (the
 * platform starter, security, the database, the broker, Redis) is excluded from its auto-configuration.
 */
@QhServiceTest(properties = { "qh.document.storage=s3", "qh.document.s3.bucket=" + S3StorageTest.BUCKET,
        "qh.document.s3.access-key=test", "qh.document.s3.secret-key=test",
        "qh.document.s3.presigned-downloads=true" })
class S3StorageTest {

    static final String BUCKET = "qh-documents-test";

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false)
            .withInitialBuckets(BUCKET)
            .withProperty("spring.autoconfigure.exclude", ourAutoConfigurations())
            .withProperty("spring.threads.virtual.enabled", "false")
            // application-s3mock.properties: random ports rather than our application.yaml's 8084.
            .withProperty("spring.profiles.active", "s3mock")
            .build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("qh.document.s3.endpoint", () -> "http://127.0.0.1:" + S3_MOCK.getHttpPort());
    }

    @LocalServerPort
    int port;

    UUID userId;
    ApiClient api;

    @BeforeEach
    void signIn() {
        userId = UUID.randomUUID();
        api = ApiClient.on(port).as(TestUsers.user(userId));
    }

    @Test
    void keepsVersionsInTheBucketWithEqualBytesStoredOnce() {
        byte[] bytes = Fixtures.largePdf(200_000, 3);
        String id = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                bytes, Map.of("kind", "RESUME_UPLOAD")).json()
                .get("id").asString();
        api.upload("/api/v1/documents/" + id + "/versions", "cv.pdf", "application/octet-stream",
                Fixtures.pdf("v2"), Map.of());
        api.post("/api/v1/documents/" + id + "/versions/1/restore", null);

        assertThat(objects()).containsExactlyInAnyOrder(userId + "/" + DocumentServiceTest.sha256(bytes),
                userId + "/" + DocumentServiceTest.sha256(Fixtures.pdf("v2")));
        assertThat(api.get("/api/v1/documents/" + id + "/content").body()).isEqualTo(bytes);
        Reply range = api.header("Range", "bytes=5-14").get("/api/v1/documents/" + id + "/versions/2/content");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(Fixtures.pdf("v2"), 5, 15));
    }

    @Test
    void sendsShareDownloadsToAPresignedUrl() throws IOException {
        String id = api.upload("/api/v1/documents", "Резюме.pdf", "application/octet-stream", Fixtures.pdf("presigned"),
                Map.of("kind", "RESUME_UPLOAD")).json().get("id").asString();
        String link = api.post("/api/v1/documents/" + id + "/shares", null).json().get("path").asString();

        Reply redirect = ApiClient.on(port).get(link);

        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location");
        assertThat(location).contains(BUCKET).contains("X-Amz-Signature");
        try (var in = new URL(location).openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(Fixtures.pdf("presigned"));
        }
    }

    @Test
    void removesTheObjectsOfADeletedDocument() {
        String id = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                Fixtures.pdf("to delete"), Map.of("kind", "OTHER"))
                .json().get("id").asString();
        assertThat(objects()).hasSize(1);

        assertThat(api.delete("/api/v1/documents/" + id).status()).isEqualTo(204);

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(objects()).isEmpty());
    }

    private List<String> objects() {
        try (S3Client s3 = S3_MOCK.createS3ClientV2()) {
            return s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(userId + "/")).contents().stream()
                    .map(S3Object::key).toList();
        }
    }

    /** Every auto-configuration on the classpath that S3Mock has no use for and would trip over. */
    static String ourAutoConfigurations() {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(S3StorageTest.class.getClassLoader().getResources(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                try (var reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(names::add);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> unwanted = List.of("com.qh.", ".security.", "jdbc", "DataSource", "flyway", "Flyway", "jpa",
                "Jpa", "hibernate", "Hibernate", "amqp", "Rabbit", "redis", "Redis", "modulith", "springdoc",
                "Sql", ".sql.", "Liquibase", "jooq", "JooQ", "Jooq");
        return names.stream().filter(name -> unwanted.stream().anyMatch(name::contains))
                .collect(Collectors.joining(","));
    }
}
