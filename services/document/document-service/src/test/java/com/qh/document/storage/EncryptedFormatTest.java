package com.qh.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.document.storage.EncryptedFormat.DamagedBlobException;
import com.qh.document.storage.EncryptedFormat.Header;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The segmented AES-256-GCM format alone: no store, no Spring. */
class EncryptedFormatTest {

    private static final int SEGMENT = EncryptedFormat.SEGMENT_SIZE;
    private static final byte[] CONTEXT = "owner/sha".getBytes(StandardCharsets.UTF_8);
    private static final String WRAPPED = "enc:v1:k1:wrapped-key-as-the-field-encryptor-writes-it";

    private final SecretKey key = new SecretKeySpec(EncryptedFormat.newDataKey(), "AES");

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 100, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 12_345 })
    void givesBackWhatWasEncryptedWhateverTheLength(int length) throws IOException {
        byte[] plain = randomBytes(length, length);

        byte[] sealed = encrypt(plain);

        assertThat(decryptWhole(sealed, key, CONTEXT)).isEqualTo(plain);
        long segments = Math.max(1, (length + SEGMENT - 1) / SEGMENT);
        assertThat(sealed).hasSize(EncryptedFormat.FIXED_HEADER_BYTES + WRAPPED.length() + length
                + (int) segments * EncryptedFormat.TAG_BYTES);
    }

    @Test
    void hidesThePlaintextAndNeverEncryptsTwiceAlike() throws IOException {
        byte[] plain = "Иванов Иван, +7 900 000-00-00, ivanov@example.com".repeat(2000)
                .getBytes(StandardCharsets.UTF_8);

        byte[] first = encrypt(plain);
        byte[] second = encrypt(plain);

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("ivanov@example.com");
        assertThat(Arrays.copyOfRange(first, first.length - 1000, first.length))
                .isNotEqualTo(Arrays.copyOfRange(second, second.length - 1000, second.length));
    }

    @Test
    void readsRangesWithinAndAcrossSegmentsFromTheSegmentsTheyTouch() throws IOException {
        byte[] plain = randomBytes(4 * SEGMENT + 777, 1);
        byte[] sealed = encrypt(plain);

        long[][] ranges = { { 0, 1 }, { 5, 10 }, { SEGMENT - 3, 6 }, { SEGMENT, SEGMENT }, { 10, 3 * SEGMENT },
                { 4L * SEGMENT + 700, 77 }, { plain.length - 1, 1 }, { 2L * SEGMENT - 1, 2L * SEGMENT + 2 } };
        for (long[] range : ranges) {
            assertThat(decryptRange(sealed, range[0], range[1])).as("bytes %d+%d", range[0], range[1])
                    .isEqualTo(Arrays.copyOfRange(plain, (int) range[0], (int) (range[0] + range[1])));
        }
    }

    @Test
    void refusesAFlippedByteAnywhere() throws IOException {
        byte[] plain = randomBytes(2 * SEGMENT + 10, 2);
        byte[] sealed = encrypt(plain);
        int headerLength = EncryptedFormat.FIXED_HEADER_BYTES + WRAPPED.length();

        for (int position : new int[] { headerLength, headerLength + SEGMENT + 5, sealed.length - 1,
                sealed.length - 20 }) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x01;
            assertThatThrownBy(() -> decryptWhole(tampered, key, CONTEXT)).as("byte %d", position)
                    .isInstanceOf(DamagedBlobException.class).hasMessageContaining("does not authenticate");
        }
        byte[] otherLength = sealed.clone();
        otherLength[15] ^= 0x01;
        assertThatThrownBy(() -> decryptWhole(otherLength, key, CONTEXT)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesABlobCutShortAtASegmentBoundaryOrInsideOne() throws IOException {
        byte[] plain = randomBytes(3 * SEGMENT, 3);
        byte[] sealed = encrypt(plain);
        int headerLength = EncryptedFormat.FIXED_HEADER_BYTES + WRAPPED.length();

        byte[] twoSegments = Arrays.copyOf(sealed, headerLength + 2 * (SEGMENT + EncryptedFormat.TAG_BYTES));
        byte[] halfASegment = Arrays.copyOf(sealed, sealed.length - SEGMENT / 2);

        assertThatThrownBy(() -> decryptWhole(twoSegments, key, CONTEXT)).isInstanceOf(DamagedBlobException.class)
                .hasMessageContaining("ends inside segment 2");
        assertThatThrownBy(() -> decryptWhole(halfASegment, key, CONTEXT))
                .isInstanceOf(DamagedBlobException.class);
    }

    @Test
    void refusesABlobWhoseLengthWasRewrittenToHideATruncation() throws IOException {
        byte[] plain = randomBytes(3 * SEGMENT, 4);
        byte[] sealed = encrypt(plain);
        int headerLength = EncryptedFormat.FIXED_HEADER_BYTES + WRAPPED.length();
        byte[] truncated = Arrays.copyOf(sealed, headerLength + 2 * (SEGMENT + EncryptedFormat.TAG_BYTES));
        // Claim two segments: segment 1 now has to be the last one, which it was not sealed as.
        java.nio.ByteBuffer.wrap(truncated, 8, 8).putLong(2L * SEGMENT);

        assertThatThrownBy(() -> decryptWhole(truncated, key, CONTEXT)).isInstanceOf(DamagedBlobException.class)
                .hasMessageContaining("segment 0 does not authenticate");
    }

    @Test
    void refusesSwappedSegmentsTrailingBytesAnotherKeyAndAnotherContext() throws IOException {
        byte[] plain = randomBytes(3 * SEGMENT, 5);
        byte[] sealed = encrypt(plain);
        int headerLength = EncryptedFormat.FIXED_HEADER_BYTES + WRAPPED.length();
        int stride = SEGMENT + EncryptedFormat.TAG_BYTES;
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, headerLength, swapped, headerLength + stride, stride);
        System.arraycopy(sealed, headerLength + stride, swapped, headerLength, stride);
        byte[] extended = Arrays.copyOf(sealed, sealed.length + 1);

        assertThatThrownBy(() -> decryptWhole(swapped, key, CONTEXT)).isInstanceOf(DamagedBlobException.class);
        assertThatThrownBy(() -> decryptWhole(extended, key, CONTEXT)).isInstanceOf(DamagedBlobException.class)
                .hasMessageContaining("follow the last segment");
        assertThatThrownBy(() -> decryptWhole(sealed, new SecretKeySpec(EncryptedFormat.newDataKey(), "AES"),
                CONTEXT)).isInstanceOf(DamagedBlobException.class);
        assertThatThrownBy(() -> decryptWhole(sealed, key, "other-owner/sha".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DamagedBlobException.class);
    }

    @Test
    void refusesWhatIsNotAnEncryptedBlob() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> EncryptedFormat.readHeader(new ByteArrayInputStream(pdf)))
                .isInstanceOf(DamagedBlobException.class).hasMessageContaining("not an encrypted blob");
        assertThatThrownBy(() -> EncryptedFormat.readHeader(new ByteArrayInputStream(new byte[] { 'Q', 'H' })))
                .isInstanceOf(DamagedBlobException.class).hasMessageContaining("cut short");
    }

    @Test
    void refusesAFileThatIsNotAsLongAsSaid() {
        byte[] plain = randomBytes(1000, 6);

        assertThatThrownBy(() -> EncryptedFormat.encrypt(new ByteArrayInputStream(plain), 1001, key, WRAPPED,
                CONTEXT, new ByteArrayOutputStream())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> EncryptedFormat.encrypt(new ByteArrayInputStream(plain), 999, key, WRAPPED,
                CONTEXT, new ByteArrayOutputStream())).isInstanceOf(IOException.class);
    }

    private byte[] encrypt(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EncryptedFormat.encrypt(new ByteArrayInputStream(plain), plain.length, key, WRAPPED, CONTEXT, out);
        return out.toByteArray();
    }

    private static byte[] decryptWhole(byte[] sealed, SecretKey key, byte[] context) throws IOException {
        InputStream in = new ByteArrayInputStream(sealed);
        Header header = EncryptedFormat.readHeader(in);
        try (InputStream plain = EncryptedFormat.decrypting(header, key, context, in, 0, 0, -1)) {
            return plain.readAllBytes();
        }
    }

    /** As the store reads a range: the header, then only the bytes of the segments the range touches. */
    private byte[] decryptRange(byte[] sealed, long offset, long length) throws IOException {
        Header header = EncryptedFormat.readHeader(new ByteArrayInputStream(sealed));
        long first = offset / header.segmentSize();
        long last = (offset + length - 1) / header.segmentSize();
        byte[] segments = Arrays.copyOfRange(sealed, (int) header.offsetOf(first), (int) header.endOf(last));
        try (InputStream plain = EncryptedFormat.decrypting(header, key, CONTEXT,
                new ByteArrayInputStream(segments), first, offset - first * header.segmentSize(), length)) {
            return plain.readAllBytes();
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
