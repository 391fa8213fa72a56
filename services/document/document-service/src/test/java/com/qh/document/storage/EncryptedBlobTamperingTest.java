package com.qh.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.platform.crypto.FieldEncryptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blobs in {@link TinkFormat} (what is written now) altered on disk the ways an attacker with access to the store
 * could: every alteration is refused with {@link EncryptedFormat.DamagedBlobException}, for the whole blob and for a
 * range, and never gives wrong bytes. Blobs in the old {@link EncryptedFormat} stay readable beside them.
 */
class EncryptedBlobTamperingTest {

    private static final String K1 = Base64.getEncoder().encodeToString(bytes(32, 1));
    /** Plaintext per Tink segment here: 64 KiB. Five segments and a bit. */
    private static final int SEGMENT = 64 * 1024;

    @TempDir
    Path root;

    @TempDir
    Path spool;

    private LocalBlobStore local;
    private EncryptingBlobStore store;
    private final byte[] content = bytes(5 * SEGMENT + 1234, 7);
    private String key;

    @BeforeEach
    void storeOneBlob() throws IOException {
        local = new LocalBlobStore(root.resolve("documents"));
        store = new EncryptingBlobStore(local, () -> FieldEncryptor.withKeys("k1", Map.of("k1", K1)), true, spool);
        key = store.keysFor(UUID.randomUUID(), "abc").getFirst();
        store.put(key, Files.write(spool.resolve("upload.part"), content));
    }

    @Test
    void writesNewBlobsWithTinkAndReadsThemWholeAndInRanges() throws IOException {
        byte[] stored = onDisk();

        assertThat(Arrays.copyOf(stored, 4)).isEqualTo("QHT1".getBytes(StandardCharsets.US_ASCII));
        assertThat(read(key, 0, -1)).isEqualTo(content);
        assertThat(read(key, SEGMENT - 10, 30)).isEqualTo(Arrays.copyOfRange(content, SEGMENT - 10, SEGMENT + 20));
        assertThat(read(key, content.length - 100, -1))
                .isEqualTo(Arrays.copyOfRange(content, content.length - 100, content.length));
    }

    @Test
    void refusesAFlippedBitInAnySegment() throws IOException {
        byte[] stored = onDisk();
        stored[stored.length / 2] ^= 0x01;
        write(stored);

        assertRefused(0, -1);
        assertRefused(content.length / 2 - 100, 200);
    }

    @Test
    void refusesABlobWhoseLastSegmentsWereDropped() throws IOException {
        byte[] stored = onDisk();
        int ciphertextSegment = SEGMENT + 16;
        // Cut exactly at a segment boundary, so that every segment left is whole and authentic on its own.
        write(Arrays.copyOf(stored, stored.length - 1234 - 16 - ciphertextSegment));

        assertRefused(0, -1);
        assertRefused(content.length - 10, -1);
        write(Arrays.copyOf(stored, stored.length - 1));
        assertRefused(0, -1);
    }

    @Test
    void refusesReorderedSegments() throws IOException {
        byte[] stored = onDisk();
        int ciphertextSegment = SEGMENT + 16;
        // Swap the third and fourth segments (whole ones in the middle, whatever the header's length).
        int third = stored.length - 1234 - 16 - 3 * ciphertextSegment;
        byte[] swapped = stored.clone();
        System.arraycopy(stored, third, swapped, third + ciphertextSegment, ciphertextSegment);
        System.arraycopy(stored, third + ciphertextSegment, swapped, third, ciphertextSegment);
        write(swapped);

        assertRefused(0, -1);
        assertRefused(content.length - 2 * SEGMENT - 1234 - 10, 20);
    }

    @Test
    void refusesASegmentSwappedInFromAnotherBlobUnderTheSameKey() throws IOException {
        byte[] first = onDisk();
        byte[] other = bytes(content.length, 8);
        String otherKey = store.keysFor(UUID.randomUUID(), "def").getFirst();
        store.put(otherKey, Files.write(spool.resolve("other.part"), other));
        byte[] second = Files.readAllBytes(local.root().resolve(otherKey));
        int ciphertextSegment = SEGMENT + 16;
        int at = first.length - 1234 - 16 - 2 * ciphertextSegment;
        System.arraycopy(second, at, first, at, ciphertextSegment);
        write(first);

        assertRefused(0, -1);
        assertRefused(content.length - SEGMENT - 1234 - 10, 20);
    }

    @Test
    void refusesAFlippedBitAnywhereInTheHeader() throws IOException {
        byte[] stored = onDisk();
        // Our header (magic, length, wrapped key) and Tink's (salt, nonce prefix) that follows it.
        int headers = 4 + 8 + 2 + (((stored[12] & 0xff) << 8) | (stored[13] & 0xff)) + 1 + 32 + 7;
        for (int position : new int[] { 0, 5, 11, 13, 20, headers - 30, headers - 1 }) {
            byte[] changed = stored.clone();
            changed[position] ^= 0x04;
            write(changed);

            assertThatThrownBy(() -> read(key, 0, -1)).as("bit flipped at %d", position)
                    .isInstanceOf(UncheckedIOException.class);
            assertThatThrownBy(() -> read(key, 70_000, 100)).as("bit flipped at %d", position)
                    .isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void refusesABlobCopiedToAnotherKey() throws IOException {
        String stranger = UUID.randomUUID() + "/abc.enc";
        Files.createDirectories(local.root().resolve(stranger).getParent());
        Files.copy(local.root().resolve(key), local.root().resolve(stranger));

        assertThatThrownBy(() -> read(stranger, 0, -1)).hasRootCauseInstanceOf(
                EncryptedFormat.DamagedBlobException.class);
        assertThatThrownBy(() -> read(stranger, 100, 10)).hasRootCauseInstanceOf(
                EncryptedFormat.DamagedBlobException.class);
    }

    @Test
    void readsBlobsWrittenBeforeInTheOldFormat() throws IOException {
        String old = store.keysFor(UUID.randomUUID(), "old").getFirst();
        byte[] dataKey = EncryptedFormat.newDataKey();
        String wrapped = FieldEncryptor.withKeys("k1", Map.of("k1", K1))
                .encrypt(Base64.getEncoder().encodeToString(dataKey));
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        EncryptedFormat.encrypt(new java.io.ByteArrayInputStream(content), content.length,
                new SecretKeySpec(dataKey, "AES"), wrapped, old.getBytes(StandardCharsets.UTF_8), sealed);
        Path file = local.root().resolve(old);
        Files.createDirectories(file.getParent());
        Files.write(file, sealed.toByteArray());

        assertThat(read(old, 0, -1)).isEqualTo(content);
        assertThat(read(old, SEGMENT - 5, 10)).isEqualTo(Arrays.copyOfRange(content, SEGMENT - 5, SEGMENT + 5));
    }

    private void assertRefused(long offset, long length) {
        assertThatThrownBy(() -> read(key, offset, length)).as("offset %d, length %d", offset, length)
                .hasRootCauseInstanceOf(EncryptedFormat.DamagedBlobException.class);
    }

    private byte[] onDisk() throws IOException {
        return Files.readAllBytes(local.root().resolve(key));
    }

    private void write(byte[] bytes) throws IOException {
        Files.write(local.root().resolve(key), bytes);
    }

    private byte[] read(String blob, long offset, long length) {
        try (InputStream in = store.open(blob, offset, length)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
