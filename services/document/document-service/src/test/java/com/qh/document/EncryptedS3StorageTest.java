package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Encryption at rest over the S3 store (S3Mock in the JVM, as in {@link S3StorageTest}): objects hold ciphertext,
 * ranges are served from ranged GETs of the segments, and a share link streams through the service instead of
 * redirecting to a presigned URL of ciphertext.
 */
@QhServiceTest(properties = { "qh.document.storage=s3", "qh.document.s3.bucket=" + EncryptedS3StorageTest.BUCKET,
        "qh.document.s3.access-key=test", "qh.document.s3.secret-key=test",
        "qh.document.s3.presigned-downloads=true", "qh.document.encryption.enabled=true" })
class EncryptedS3StorageTest {

    static final String BUCKET = "qh-documents-encrypted";

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false)
            .withInitialBuckets(BUCKET)
            .withProperty("spring.autoconfigure.exclude", S3StorageTest.ourAutoConfigurations())
            .withProperty("spring.threads.virtual.enabled", "false")
            .withProperty("spring.profiles.active", "s3mock")
            .build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("qh.document.s3.endpoint", () -> "http://127.0.0.1:" + S3_MOCK.getHttpPort());
    }

    @LocalServerPort
    int port;

    @Test
    void keepsCiphertextInTheBucketAndServesThePlaintextRangesAndShares() {
        UUID userId = UUID.randomUUID();
        ApiClient api = ApiClient.on(port).as(TestUsers.user(userId));
        byte[] bytes = Fixtures.largePdf(200_000, 17);
        String id = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                bytes, Map.of("kind", "RESUME_UPLOAD")).json()
                .get("id").asString();
        String path = "/api/v1/documents/" + id + "/content";
        String key = userId + "/" + DocumentServiceTest.sha256(bytes) + ".enc";

        byte[] stored;
        try (S3Client s3 = S3_MOCK.createS3ClientV2()) {
            stored = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
        }
        assertThat(stored).startsWith("QHT1".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(api.get(path).body()).isEqualTo(bytes);
        Reply range = api.header("Range", "bytes=65000-140000").get(path);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, 65_000, 140_001));
        assertThat(api.header("Range", "bytes=-10").get(path).body())
                .isEqualTo(Arrays.copyOfRange(bytes, 199_990, 200_000));

        String link = api.post("/api/v1/documents/" + id + "/shares", null).json().get("path").asString();
        Reply shared = ApiClient.on(port).get(link);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.body()).isEqualTo(bytes);
    }
}
