package com.qh.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class FieldEncryptorTest {

    private static final String OLD_KEY = KeyRing.newEncodedKey(32);
    private static final String NEW_KEY = KeyRing.newEncodedKey(32);

    @TempDir
    Path data;

    @Test
    void readsBackWhatItWrote() {
        FieldEncryptor encryptor = encryptor("k1", Map.of("k1", OLD_KEY));

        String stored = encryptor.encrypt("+7 912 345-67-89, Иванов");

        assertThat(stored).startsWith("enc:v1:k1:").doesNotContain("912").doesNotContain("Иванов");
        assertThat(encryptor.decrypt(stored)).isEqualTo("+7 912 345-67-89, Иванов");
    }

    @Test
    void writesTheSameValueDifferentlyEachTime() {
        FieldEncryptor encryptor = encryptor("k1", Map.of("k1", OLD_KEY));

        assertThat(encryptor.encrypt("1990-04-01")).isNotEqualTo(encryptor.encrypt("1990-04-01"));
    }

    @Test
    void keepsNullsNull() {
        FieldEncryptor encryptor = encryptor("k1", Map.of("k1", OLD_KEY));

        assertThat(encryptor.encrypt(null)).isNull();
        assertThat(encryptor.decrypt(null)).isNull();
        assertThat(encryptor.needsReencryption(null)).isFalse();
    }

    @Test
    void refusesAnAlteredValue() {
        FieldEncryptor encryptor = encryptor("k1", Map.of("k1", OLD_KEY));
        String stored = encryptor.encrypt("secret");
        int inCiphertext = stored.length() - 10;
        char original = stored.charAt(inCiphertext);
        String altered = stored.substring(0, inCiphertext) + (original == 'A' ? 'B' : 'A')
                + stored.substring(inCiphertext + 1);

        assertThatThrownBy(() -> encryptor.decrypt(altered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void readsOldValuesAfterRotationAndReportsThemForReencryption() {
        String writtenBeforeRotation = encryptor("k1", Map.of("k1", OLD_KEY)).encrypt("old secret");
        FieldEncryptor rotated = encryptor("k2", Map.of("k1", OLD_KEY, "k2", NEW_KEY));

        assertThat(rotated.decrypt(writtenBeforeRotation)).isEqualTo("old secret");
        assertThat(rotated.needsReencryption(writtenBeforeRotation)).isTrue();
        String rewritten = rotated.reencrypt(writtenBeforeRotation);
        assertThat(rewritten).startsWith("enc:v1:k2:");
        assertThat(rotated.needsReencryption(rewritten)).isFalse();
        assertThat(encryptor("k2", Map.of("k2", NEW_KEY)).decrypt(rewritten)).isEqualTo("old secret");
    }

    @Test
    void namesTheMissingKeyWhenAnOldOneWasDroppedTooEarly() {
        String stored = encryptor("k1", Map.of("k1", OLD_KEY)).encrypt("secret");
        FieldEncryptor withoutOldKey = encryptor("k2", Map.of("k2", NEW_KEY));

        assertThatThrownBy(() -> withoutOldKey.decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'k1'");
    }

    @Test
    void passesPlaintextWrittenBeforeEncryptionThroughAndMarksIt() {
        FieldEncryptor encryptor = encryptor("k1", Map.of("k1", OLD_KEY));

        assertThat(encryptor.decrypt("legacy@example.com")).isEqualTo("legacy@example.com");
        assertThat(encryptor.needsReencryption("legacy@example.com")).isTrue();
    }

    @Test
    void refusesAnActiveKeyThatIsNotConfigured() {
        assertThatThrownBy(() -> encryptor("k9", Map.of("k1", OLD_KEY))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("qh.crypto.active-key 'k9'");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> encryptor("k1", Map.of("k1", KeyRing.newEncodedKey(20))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("qh.crypto.keys.k1");
    }

    @Test
    void makesAKeyFileOnFirstStartReadableOnlyByItsOwnerAndKeepsIt() throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("qh.data-dir", data.toString())
                .withProperty("spring.application.name", "profile");
        CryptoProperties noKeys = new CryptoProperties(null, null, null);

        String stored = new FieldEncryptor(CryptoAutoConfiguration.keyRing(noKeys, environment)).encrypt("secret");
        FieldEncryptor afterRestart = new FieldEncryptor(CryptoAutoConfiguration.keyRing(noKeys, environment));

        Path keyFile = data.resolve("keys/profile.keys");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(afterRestart.decrypt(stored)).isEqualTo("secret");
    }

    @Test
    void explainsWhatToSetWhenThereIsNoKeyAndNoDataDirectory() {
        assertThatThrownBy(() -> CryptoAutoConfiguration.keyRing(new CryptoProperties(null, null, null),
                new MockEnvironment())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("qh.crypto.keys").hasMessageContaining("qh.data-dir");
    }

    private static FieldEncryptor encryptor(String active, Map<String, String> keys) {
        return new FieldEncryptor(KeyRing.fromConfiguration(active, keys));
    }
}
