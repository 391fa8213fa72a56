package com.qh.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.platform.crypto.FieldEncryptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypting decorator over a local directory, with explicit field-encryption keys. */
class EncryptingBlobStoreTest {

    private static final String K1 = base64Key(1);
    private static final String K2 = base64Key(2);

    @TempDir
    Path root;

    @TempDir
    Path spool;

    private LocalBlobStore local;
    private final UUID owner = UUID.randomUUID();
    private final byte[] content = bytes(300_000, 9);
    private Path file;

    @BeforeEach
    void storeAndFile() throws IOException {
        local = new LocalBlobStore(root.resolve("documents"));
        file = Files.write(spool.resolve("upload.part"), content);
    }

    @Test
    void writesNewBlobsEncryptedUnderTheirOwnKeyAndReadsThemAndRanges() throws IOException {
        EncryptingBlobStore store = store(true, FieldEncryptor.withKeys("k1", Map.of("k1", K1)));
        String key = store.keysFor(owner, "abc").getFirst();

        store.put(key, file);

        assertThat(key).isEqualTo(owner + "/abc.enc");
        byte[] onDisk = Files.readAllBytes(local.root().resolve(key));
        assertThat(onDisk).hasSizeGreaterThan(content.length);
        assertThat(indexOf(onDisk, Arrays.copyOfRange(content, 1000, 1032))).isNegative();
        assertThat(read(store, key, 0, -1)).isEqualTo(content);
        assertThat(read(store, key, 65_530, 20)).isEqualTo(Arrays.copyOfRange(content, 65_530, 65_550));
        assertThat(read(store, key, 299_990, -1)).isEqualTo(Arrays.copyOfRange(content, 299_990, 300_000));
        assertThat(read(store, key, 0, 300_000)).isEqualTo(content);
        assertThat(spool).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("qh-sealed-"));
    }

    @Test
    void movesAnUploadIntoTheStoreInsteadOfCopyingItWhenOnOneFileSystem() throws IOException {
        Object spooledFile = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        EncryptingBlobStore store = store(false, FieldEncryptor.withKeys("k1", Map.of("k1", K1)));
        String key = store.keysFor(owner, "moved").getFirst();

        store.moveIn(key, file);

        assertThat(file).doesNotExist();
        Path blob = local.root().resolve(key);
        assertThat(blob).hasBinaryContent(content);
        assertThat(Files.readAttributes(blob, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the same file, renamed (the temporary directories share a file system here)")
                .isEqualTo(spooledFile);
    }

    @Test
    void sealsAnUploadMovedInAndRemovesBothTheUploadAndTheSealedCopy() throws IOException {
        EncryptingBlobStore store = store(true, FieldEncryptor.withKeys("k1", Map.of("k1", K1)));
        String key = store.keysFor(owner, "sealed").getFirst();

        store.moveIn(key, file);

        assertThat(file).doesNotExist();
        assertThat(read(store, key, 0, -1)).isEqualTo(content);
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void readsPlainBlobsWrittenBeforeAndEncryptedOnesAfterwardsWhetherEnabledOrNot() {
        String plainKey = BlobStore.keyOf(owner, "plain");
        local.put(plainKey, file);
        FieldEncryptor keys = FieldEncryptor.withKeys("k1", Map.of("k1", K1));
        EncryptingBlobStore enabled = store(true, keys);
        String encryptedKey = enabled.keysFor(owner, "sealed").getFirst();
        enabled.put(encryptedKey, file);

        EncryptingBlobStore disabled = store(false, keys);

        assertThat(disabled.keysFor(owner, "x")).containsExactly(owner + "/x", owner + "/x.enc");
        assertThat(enabled.keysFor(owner, "x")).containsExactly(owner + "/x.enc", owner + "/x");
        assertThat(read(enabled, plainKey, 0, -1)).isEqualTo(content);
        assertThat(read(enabled, plainKey, 10, 5)).isEqualTo(Arrays.copyOfRange(content, 10, 15));
        assertThat(read(disabled, encryptedKey, 0, -1)).isEqualTo(content);
    }

    @Test
    void readsBlobsWrappedWithAnOlderKeyAfterARotation() {
        EncryptingBlobStore before = store(true, FieldEncryptor.withKeys("k1", Map.of("k1", K1)));
        String key = before.keysFor(owner, "rotated").getFirst();
        before.put(key, file);

        EncryptingBlobStore after = store(true, FieldEncryptor.withKeys("k2", Map.of("k1", K1, "k2", K2)));
        EncryptingBlobStore withoutTheOldKey = store(true, FieldEncryptor.withKeys("k2", Map.of("k2", K2)));

        assertThat(read(after, key, 0, -1)).isEqualTo(content);
        assertThatThrownBy(() -> read(withoutTheOldKey, key, 0, -1)).isInstanceOf(UncheckedIOException.class)
                .hasStackTraceContaining("needs key 'k1'");
    }

    @Test
    void refusesABlobMovedToAnotherKeyOrReplacedByPlainBytes() throws IOException {
        EncryptingBlobStore store = store(true, FieldEncryptor.withKeys("k1", Map.of("k1", K1)));
        String key = store.keysFor(owner, "mine").getFirst();
        store.put(key, file);
        String stranger = UUID.randomUUID() + "/mine.enc";
        Files.createDirectories(local.root().resolve(stranger).getParent());
        Files.copy(local.root().resolve(key), local.root().resolve(stranger));
        Files.write(local.root().resolve(key), content);

        assertThatThrownBy(() -> read(store, stranger, 0, -1)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseInstanceOf(EncryptedFormat.DamagedBlobException.class);
        assertThatThrownBy(() -> read(store, key, 0, -1)).isInstanceOf(UncheckedIOException.class)
                .hasStackTraceContaining("not an encrypted blob");
    }

    @Test
    void needsNoKeyForPlainBlobs() {
        EncryptingBlobStore store = new EncryptingBlobStore(local, () -> {
            throw new IllegalStateException("No field-encryption key");
        }, false, spool);
        String key = store.keysFor(owner, "plain").getFirst();

        store.put(key, file);

        assertThat(read(store, key, 0, -1)).isEqualTo(content);
    }

    private EncryptingBlobStore store(boolean enabled, FieldEncryptor keys) {
        return new EncryptingBlobStore(local, () -> keys, enabled, spool);
    }

    private static byte[] read(BlobStore store, String key, long offset, long length) {
        try (InputStream in = store.open(key, offset, length)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String base64Key(long seed) {
        return Base64.getEncoder().encodeToString(bytes(32, seed));
    }
}
