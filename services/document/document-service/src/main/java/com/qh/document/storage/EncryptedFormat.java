package com.qh.document.storage;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The hand-made layout of blobs encrypted before issue 24; new blobs are written in {@link TinkFormat}, and this
 * class stays to read (and test) the old ones. The layout of such a blob: a header, then the plaintext in AES-256-GCM segments of {@link #SEGMENT_SIZE}
 * bytes, each sealed on its own so that memory stays flat and a range needs only the segments it touches.
 *
 * <pre>
 * header   magic "QHE1" | segment size (int) | plaintext length (long) | nonce prefix (8 bytes)
 *          | wrapped key length (unsigned short) | wrapped data key (US-ASCII)
 * segments ciphertext of min(segment size, what is left) plaintext bytes | 16-byte tag, at least one segment
 * nonce    nonce prefix | segment number (unsigned int)
 * AAD      the header's first 24 bytes | 1 on the last segment, else 0 | the blob's key (UTF-8)
 * </pre>
 *
 * Every segment authenticates the header's fixed part, its own position (through the nonce) and whether it is the
 * last: a flipped byte, a dropped or reordered segment, a truncation at a segment boundary and a blob copied to
 * another key all fail. The wrapped key is not part of the AAD, so it can be re-wrapped with a new key-encryption
 * key without touching the segments. Integers are big-endian.
 */
final class EncryptedFormat {

    /** Plaintext bytes per segment. */
    static final int SEGMENT_SIZE = 64 * 1024;
    static final int TAG_BYTES = 16;
    static final int KEY_BYTES = 32;

    private static final byte[] MAGIC = { 'Q', 'H', 'E', '1' };
    private static final int NONCE_PREFIX_BYTES = 8;
    /** Magic, segment size, plaintext length and nonce prefix: what every segment authenticates. */
    private static final int AUTHENTICATED_BYTES = MAGIC.length + 4 + 8 + NONCE_PREFIX_BYTES;
    static final int FIXED_HEADER_BYTES = AUTHENTICATED_BYTES + 2;
    static final int MAX_WRAPPED_KEY_BYTES = 1024;
    private static final int MIN_SEGMENT = 4 * 1024;
    private static final int MAX_SEGMENT = 8 * 1024 * 1024;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedFormat() {
    }

    /** A fresh random data key. */
    static byte[] newDataKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /**
     * Writes {@code length} bytes of {@code plain} to {@code out} in this format.
     *
     * @param wrappedKey the data key, encrypted with the key-encryption key; kept in the header as it is
     * @param context what the blob is bound to (its key in the store), authenticated but not stored
     * @throws IOException also when {@code plain} holds more or fewer than {@code length} bytes
     */
    static void encrypt(InputStream plain, long length, SecretKey dataKey, String wrappedKey, byte[] context,
            OutputStream out) throws IOException {
        byte[] prefix = new byte[NONCE_PREFIX_BYTES];
        RANDOM.nextBytes(prefix);
        Header header = new Header(SEGMENT_SIZE, length, prefix, wrappedKey);
        out.write(header.bytes());
        Segments segments = new Segments(header, dataKey, context);
        byte[] plainSegment = new byte[header.segmentSize()];
        byte[] sealed = new byte[header.segmentSize() + TAG_BYTES];
        long count = header.segmentCount();
        for (long segment = 0; segment < count; segment++) {
            int size = header.plainLengthOf(segment);
            if (plain.readNBytes(plainSegment, 0, size) != size) {
                throw new IOException("The file ended before the " + length + " bytes it was said to hold");
            }
            int n = segments.seal(segment, plainSegment, size, sealed);
            out.write(sealed, 0, n);
        }
        if (plain.read() >= 0) {
            throw new IOException("The file holds more than the " + length + " bytes it was said to hold");
        }
    }

    /**
     * Plaintext from a stream of whole segments, starting at segment {@code first}.
     *
     * @param skip plaintext bytes of the first segment to drop
     * @param length plaintext bytes to give in all; {@code < 0} for everything to the end of the blob, which then
     *        also checks that nothing follows the last segment
     */
    static InputStream decrypting(Header header, SecretKey dataKey, byte[] context, InputStream segments, long first,
            long skip, long length) {
        return new Decrypting(header, new Segments(header, dataKey, context), segments, first, skip, length);
    }

    /** The header at the start of {@code in}, which is left just past it. */
    static Header readHeader(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new DamagedBlobException("not an encrypted blob of this format (magic "
                        + new String(magic, StandardCharsets.ISO_8859_1) + ")");
            }
            int segmentSize = data.readInt();
            long length = data.readLong();
            byte[] prefix = new byte[NONCE_PREFIX_BYTES];
            data.readFully(prefix);
            int wrappedLength = data.readUnsignedShort();
            if (segmentSize < MIN_SEGMENT || segmentSize > MAX_SEGMENT || length < 0
                    || wrappedLength == 0 || wrappedLength > MAX_WRAPPED_KEY_BYTES) {
                throw new DamagedBlobException("the header is malformed");
            }
            byte[] wrapped = new byte[wrappedLength];
            data.readFully(wrapped);
            return new Header(segmentSize, length, prefix, new String(wrapped, StandardCharsets.US_ASCII));
        }
        catch (IllegalArgumentException e) {
            // A wrapped key that is not ASCII, or a length the format cannot hold: altered.
            throw new DamagedBlobException("the header is malformed");
        }
        catch (EOFException e) {
            throw new DamagedBlobException("the header is cut short");
        }
    }

    /**
     * What an encrypted blob says about itself.
     *
     * @param segmentSize plaintext bytes per segment
     * @param plainLength plaintext bytes in all
     * @param noncePrefix the first bytes of every segment's nonce, random per blob
     * @param wrappedKey the data key, encrypted with the key-encryption key
     */
    record Header(int segmentSize, long plainLength, byte[] noncePrefix, String wrappedKey) {

        Header {
            if (plainLength < 0 || (plainLength - 1) / segmentSize >= (1L << 32)) {
                throw new IllegalArgumentException("A blob of " + plainLength + " bytes does not fit the format");
            }
            if (wrappedKey.isEmpty() || wrappedKey.length() > MAX_WRAPPED_KEY_BYTES
                    || !StandardCharsets.US_ASCII.newEncoder().canEncode(wrappedKey)) {
                throw new IllegalArgumentException("A wrapped key must be 1 to " + MAX_WRAPPED_KEY_BYTES
                        + " ASCII characters");
            }
        }

        byte[] bytes() {
            byte[] wrapped = wrappedKey.getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(FIXED_HEADER_BYTES + wrapped.length).put(MAGIC).putInt(segmentSize)
                    .putLong(plainLength).put(noncePrefix).putShort((short) wrapped.length).put(wrapped).array();
        }

        /** Bytes of the header itself, where segment 0 starts. */
        int length() {
            return FIXED_HEADER_BYTES + wrappedKey.length();
        }

        /** How many segments: at least one, so that even an empty blob has a last segment to authenticate. */
        long segmentCount() {
            return plainLength == 0 ? 1 : (plainLength + segmentSize - 1) / segmentSize;
        }

        int plainLengthOf(long segment) {
            return (int) Math.min(segmentSize, plainLength - segment * segmentSize);
        }

        /** Where a segment starts in the blob. */
        long offsetOf(long segment) {
            return length() + segment * (segmentSize + TAG_BYTES);
        }

        /** Where a segment ends in the blob (exclusive). */
        long endOf(long segment) {
            return offsetOf(segment) + plainLengthOf(segment) + TAG_BYTES;
        }

        /** The blob's whole length. */
        long blobLength() {
            return endOf(segmentCount() - 1);
        }

        private byte[] authenticated() {
            return ByteBuffer.allocate(AUTHENTICATED_BYTES).put(MAGIC).putInt(segmentSize).putLong(plainLength)
                    .put(noncePrefix).array();
        }
    }

    /** The blob is not what was written: altered, cut short, extended or moved to another key. */
    static final class DamagedBlobException extends IOException {

        DamagedBlobException(String detail) {
            super("The encrypted blob is damaged or was altered: " + detail);
        }
    }

    /** Seals and opens single segments of one blob. Not thread-safe. */
    private static final class Segments {

        private final Header header;
        private final SecretKey key;
        private final byte[] aad;
        private final byte[] nonce = new byte[NONCE_PREFIX_BYTES + 4];
        private final Cipher cipher;

        Segments(Header header, SecretKey key, byte[] context) {
            this.header = header;
            this.key = key;
            byte[] authenticated = header.authenticated();
            this.aad = ByteBuffer.allocate(authenticated.length + 1 + context.length).put(authenticated)
                    .put((byte) 0).put(context).array();
            System.arraycopy(header.noncePrefix(), 0, nonce, 0, NONCE_PREFIX_BYTES);
            try {
                this.cipher = Cipher.getInstance(TRANSFORMATION);
            }
            catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }

        int seal(long segment, byte[] plain, int length, byte[] out) {
            try {
                init(Cipher.ENCRYPT_MODE, segment);
                return cipher.doFinal(plain, 0, length, out, 0);
            }
            catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot encrypt a segment", e);
            }
        }

        int open(long segment, byte[] sealed, int length, byte[] out) throws DamagedBlobException {
            try {
                init(Cipher.DECRYPT_MODE, segment);
                return cipher.doFinal(sealed, 0, length, out, 0);
            }
            catch (AEADBadTagException e) {
                throw new DamagedBlobException("segment " + segment + " does not authenticate");
            }
            catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot decrypt a segment", e);
            }
        }

        private void init(int mode, long segment) throws GeneralSecurityException {
            ByteBuffer.wrap(nonce, NONCE_PREFIX_BYTES, 4).putInt((int) segment);
            aad[AUTHENTICATED_BYTES] = (byte) (segment == header.segmentCount() - 1 ? 1 : 0);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad);
        }
    }

    /** Opens one segment at a time into a buffer of one segment's size. */
    private static final class Decrypting extends InputStream {

        private final Header header;
        private final Segments segments;
        private final InputStream in;
        private final boolean toTheEnd;
        private final byte[] sealed;
        private final byte[] plain;
        private long next;
        private long skip;
        private long remaining;
        private int position;
        private int limit;

        Decrypting(Header header, Segments segments, InputStream in, long first, long skip, long length) {
            this.header = header;
            this.segments = segments;
            this.in = in;
            this.next = first;
            this.skip = skip;
            this.toTheEnd = length < 0;
            this.remaining = length < 0 ? header.plainLength() - first * header.segmentSize() - skip : length;
            this.sealed = new byte[header.segmentSize() + TAG_BYTES];
            this.plain = new byte[header.segmentSize()];
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (remaining <= 0 || !fill()) {
                return -1;
            }
            int n = (int) Math.min(Math.min(length, limit - position), remaining);
            System.arraycopy(plain, position, buffer, offset, n);
            position += n;
            remaining -= n;
            return n;
        }

        /** Makes sure the buffer holds unread plaintext; false at the end of the blob. */
        private boolean fill() throws IOException {
            while (position >= limit) {
                if (next >= header.segmentCount()) {
                    return false;
                }
                int length = header.plainLengthOf(next) + TAG_BYTES;
                if (in.readNBytes(sealed, 0, length) != length) {
                    throw new DamagedBlobException("it ends inside segment " + next);
                }
                limit = segments.open(next, sealed, length, plain);
                position = (int) skip;
                skip = 0;
                next++;
                if (next == header.segmentCount() && toTheEnd && in.read() >= 0) {
                    throw new DamagedBlobException("bytes follow the last segment");
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
