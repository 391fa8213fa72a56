package com.qh.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The generated VAPID key file holds the private key: only its owner may read it. */
@DisabledOnOs(OS.WINDOWS)
class VapidKeysTest {

    @TempDir
    Path data;

    @Test
    void createsTheKeyFileReadableByItsOwnerOnly() throws Exception {
        Path file = data.resolve("keys/notification-vapid.keys");

        String publicKey = new VapidKeys(properties(file)).publicKey();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(new VapidKeys(properties(file)).publicKey()).isEqualTo(publicKey);
    }

    @Test
    void narrowsAWorldReadableKeyFileAtStartAndKeepsItsKeys() throws Exception {
        Path file = data.resolve("notification-vapid.keys");
        String publicKey = new VapidKeys(properties(file)).publicKey();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        String reloaded = new VapidKeys(properties(file)).publicKey();

        assertThat(reloaded).isEqualTo(publicKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    private static PushProperties properties(Path keyFile) {
        return new PushProperties(null, null, keyFile, "mailto:test@example.org", Duration.ofDays(1), false,
                List.of());
    }
}
