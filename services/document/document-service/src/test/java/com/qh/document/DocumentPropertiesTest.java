package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The environment variables deploy/compose.yaml and deploy/k8s/document set reach the settings they mean. */
class DocumentPropertiesTest {

    @Test
    void bindsTheVariablesTheDeploymentsSet() {
        DocumentProperties properties = bind(Map.of(
                "QH_DOCUMENT_STORAGE", "s3",
                "QH_DOCUMENT_MAX_SIZE", "50MB",
                "QH_DOCUMENT_TEMP_DIRECTORY", "/spool",
                "QH_DOCUMENT_ENCRYPTION_ENABLED", "true",
                "QH_DOCUMENT_S3_ENDPOINT", "http://minio:9000",
                "QH_DOCUMENT_S3_REGION", "ru-central1",
                "QH_DOCUMENT_S3_BUCKET", "documents",
                "QH_DOCUMENT_S3_ACCESS_KEY", "access",
                "QH_DOCUMENT_S3_SECRET_KEY", "secret",
                "QH_DOCUMENT_S3_CREATE_BUCKET", "true"));

        assertThat(properties.storage()).isEqualTo(DocumentProperties.Storage.S3);
        assertThat(properties.maxSize()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(properties.tempDirectory()).isEqualTo(Path.of("/spool"));
        assertThat(properties.encryption().enabled()).isTrue();
        assertThat(properties.s3().endpoint()).isEqualTo(URI.create("http://minio:9000"));
        assertThat(properties.s3().region()).isEqualTo("ru-central1");
        assertThat(properties.s3().bucket()).isEqualTo("documents");
        assertThat(properties.s3().accessKey()).isEqualTo("access");
        assertThat(properties.s3().secretKey()).isEqualTo("secret");
        assertThat(properties.s3().createBucket()).isTrue();
    }

    @Test
    void takesEmptyVariablesAsUnsetWhereThatMeansTheDefault() {
        DocumentProperties properties = bind(Map.of("QH_DOCUMENT_STORAGE", "local", "QH_DOCUMENT_S3_ENDPOINT", "",
                "QH_DOCUMENT_S3_ACCESS_KEY", ""));

        assertThat(properties.storage()).isEqualTo(DocumentProperties.Storage.LOCAL);
        assertThat(properties.s3().endpoint()).isNull();
        assertThat(properties.s3().accessKey()).isNullOrEmpty();
        assertThat(properties.maxSize()).isEqualTo(DataSize.ofMegabytes(100));
        assertThat(properties.encryption().enabled()).isFalse();
    }

    @Test
    void bindsTheInternalCallersFromTheEnvironment() {
        DocumentProperties properties = bind(Map.of("QH_DOCUMENT_INTERNAL_ALLOWED_CALLERS", "resume,letter"));

        assertThat(properties.internal().allowedCallers()).containsExactly("resume", "letter");
        assertThat(bind(Map.of()).internal().allowedCallers()).containsExactly("resume", "letter", "analysis");
    }

    @Test
    void bindsTheShareLockFromTheEnvironment() {
        DocumentProperties properties = bind(Map.of("QH_DOCUMENT_SHARES_MAX_FAILED_ATTEMPTS", "3",
                "QH_DOCUMENT_SHARES_LOCKOUT", "PT30S", "QH_DOCUMENT_SHARES_MAX_LOCKOUT", "PT10M",
                "QH_DOCUMENT_SHARES_CONCURRENT_PASSWORD_CHECKS", "2"));

        assertThat(properties.shares().maxFailedAttempts()).isEqualTo(3);
        assertThat(properties.shares().lockout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.shares().maxLockout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.shares().concurrentPasswordChecks()).isEqualTo(2);
        assertThat(bind(Map.of()).shares().maxFailedAttempts()).isEqualTo(5);
    }

    @Test
    void locksALinkForAMinuteAfterFiveFailuresAndDoublesThatUpToAnHour() {
        DocumentProperties.Shares shares = bind(Map.of()).shares();

        assertThat(shares.lockAfter(4)).isEqualTo(Duration.ZERO);
        assertThat(shares.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(shares.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(shares.lockAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(shares.lockAfter(11)).isEqualTo(Duration.ofMinutes(60));
        assertThat(shares.lockAfter(12)).isEqualTo(Duration.ofHours(1));
        assertThat(shares.lockAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    private static DocumentProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("qh.document", DocumentProperties.class);
    }
}
