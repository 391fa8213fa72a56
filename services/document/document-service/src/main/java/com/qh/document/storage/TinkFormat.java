package com.qh.document.storage;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The layout of blobs encrypted since issue 24: a short header of ours, then Google Tink's streaming AEAD
 * ({@code AesGcmHkdfStreaming}: AES-256-GCM in segments, a per-blob key derived with HKDF-SHA256 from the data key
 * and a random salt in Tink's own header, nonces, segment numbers and the last-segment flag all handled by Tink).
 * The segmenting, nonces and AAD that {@link EncryptedFormat} does by hand are Tink's vetted code here; this class
 * only adds what Tink leaves to its caller: where the wrapped data key is kept and what the stream is bound to.
 *
 * <pre>
 * header   magic "QHT1" | plaintext length (long) | wrapped key length (unsigned short) | wrapped data key (US-ASCII)
 * then     Tink AES-GCM-HKDF streaming ciphertext, 64 KiB plaintext segments
 * AAD      the blob's key (UTF-8) | plaintext length: a blob moved to another key, or a changed length, fails
 * </pre>
 *
 * The plaintext length lets a range find the ciphertext's size without asking the store; it is bound through the
 * AAD, and Tink also fails on a wrong size (the wrong segment would be taken as the last). The wrapped key is not
 * authenticated, so it can be re-wrapped with a new key-encryption key; a changed one unwraps to nothing or to a
 * key that does not authenticate.
 */
final class TinkFormat {

    static final byte[] MAGIC = { 'Q', 'H', 'T', '1' };
    static final int FIXED_HEADER_BYTES = MAGIC.length + 8 + 2;
    private static final int CIPHERTEXT_SEGMENT = 64 * 1024 + 16;

    private TinkFormat() {
    }

    /** Writes {@code length} bytes of {@code plain} to {@code out}: our header, then Tink's stream. */
    static void encrypt(InputStream plain, long length, byte[] dataKey, String wrappedKey, byte[] context,
            OutputStream out) throws IOException {
        Header header = new Header(length, wrappedKey);
        out.write(header.bytes());
        try (OutputStream sealed = streaming(dataKey).newEncryptingStream(nonClosing(out), aad(context, length))) {
            long copied = plain.transferTo(sealed);
            if (copied != length) {
                throw new IOException("The file holds " + copied + " bytes, not the " + length + " it was said to");
            }
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot start Tink's streaming AEAD", e);
        }
    }

    /** The whole plaintext, from a stream positioned just past the header. */
    static InputStream decrypting(Header header, byte[] dataKey, byte[] context, InputStream ciphertext)
            throws IOException {
        try {
            return new Refusing(streaming(dataKey).newDecryptingStream(ciphertext,
                    aad(context, header.plainLength())));
        }
        catch (GeneralSecurityException e) {
            throw new EncryptedFormat.DamagedBlobException("Tink refused the stream (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code length} plaintext bytes from {@code start}: Tink's seekable channel reads its header and then only the
     * segments the range touches, through {@code ciphertext}.
     */
    static InputStream decrypting(Header header, byte[] dataKey, byte[] context, SeekableByteChannel ciphertext,
            long start, long length) throws IOException {
        try {
            SeekableByteChannel plain = streaming(dataKey).newSeekableDecryptingChannel(ciphertext,
                    aad(context, header.plainLength()));
            plain.position(start);
            return new Refusing(new Bounded(new ChannelStream(plain), length));
        }
        catch (GeneralSecurityException e) {
            throw new EncryptedFormat.DamagedBlobException("Tink refused the stream (" + e.getMessage() + ")");
        }
    }

    /** The ciphertext's size after our header, for a blob of {@code plainLength} bytes. */
    static long ciphertextSize(long plainLength) {
        try {
            return streaming(new byte[32]).expectedCiphertextSize(plainLength);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code prefix} (a blob's first bytes) starts like this format. */
    static boolean recognises(byte[] prefix) {
        return prefix.length >= MAGIC.length && Arrays.equals(prefix, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The header at the start of {@code in}, which is left just past it. */
    static Header readHeader(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new EncryptedFormat.DamagedBlobException("not a Tink blob of this format");
            }
            long length = data.readLong();
            int wrappedLength = data.readUnsignedShort();
            if (length < 0 || wrappedLength == 0 || wrappedLength > EncryptedFormat.MAX_WRAPPED_KEY_BYTES) {
                throw new EncryptedFormat.DamagedBlobException("the header is malformed");
            }
            byte[] wrapped = new byte[wrappedLength];
            data.readFully(wrapped);
            return new Header(length, new String(wrapped, StandardCharsets.US_ASCII));
        }
        catch (IllegalArgumentException e) {
            throw new EncryptedFormat.DamagedBlobException("the header is malformed");
        }
        catch (EOFException e) {
            throw new EncryptedFormat.DamagedBlobException("the header is cut short");
        }
    }

    /**
     * What a blob of this format says about itself.
     *
     * @param plainLength plaintext bytes in all
     * @param wrappedKey the data key, encrypted with the key-encryption key
     */
    record Header(long plainLength, String wrappedKey) {

        Header {
            if (plainLength < 0 || wrappedKey.isEmpty()
                    || wrappedKey.length() > EncryptedFormat.MAX_WRAPPED_KEY_BYTES
                    || !StandardCharsets.US_ASCII.newEncoder().canEncode(wrappedKey)) {
                throw new IllegalArgumentException("A header needs a length and 1 to "
                        + EncryptedFormat.MAX_WRAPPED_KEY_BYTES + " ASCII characters of wrapped key");
            }
        }

        byte[] bytes() {
            byte[] wrapped = wrappedKey.getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(FIXED_HEADER_BYTES + wrapped.length).put(MAGIC).putLong(plainLength)
                    .putShort((short) wrapped.length).put(wrapped).array();
        }

        int length() {
            return FIXED_HEADER_BYTES + wrappedKey.length();
        }
    }

    private static AesGcmHkdfStreaming streaming(byte[] dataKey) throws GeneralSecurityException {
        return new AesGcmHkdfStreaming(dataKey, "HmacSha256", 32, CIPHERTEXT_SEGMENT, 0);
    }

    private static byte[] aad(byte[] context, long plainLength) {
        return ByteBuffer.allocate(context.length + 8).put(context).putLong(plainLength).array();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Tink reports a segment that does not authenticate as a plain IOException: name it as damage. */
    private static final class Refusing extends java.io.FilterInputStream {

        Refusing(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            }
            catch (EncryptedFormat.DamagedBlobException e) {
                throw e;
            }
            catch (IOException e) {
                throw new EncryptedFormat.DamagedBlobException(String.valueOf(e.getMessage()));
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            try {
                return super.read(bytes, offset, length);
            }
            catch (EncryptedFormat.DamagedBlobException e) {
                throw e;
            }
            catch (IOException e) {
                throw new EncryptedFormat.DamagedBlobException(String.valueOf(e.getMessage()));
            }
        }
    }

    /**
     * Tink's seekable channel as a stream. The channel answers 0 instead of failing when it cannot get a whole
     * segment; a blocking stream must not spin on that (callers loop while a read gives 0), so it is damage.
     */
    private static final class ChannelStream extends InputStream {

        private final SeekableByteChannel channel;

        ChannelStream(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n = channel.read(ByteBuffer.wrap(bytes, offset, length));
            if (n == 0) {
                throw new EncryptedFormat.DamagedBlobException("a segment could not be read whole");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class Bounded extends java.io.FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(bytes, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }

    /**
     * The ciphertext of a blob as a read-only seekable channel over ranged reads of the store: each read is one
     * {@link BlobStore#open} of just the bytes asked for (a ranged GET on S3), so a range costs only its segments.
     */
    static final class StoreChannel implements SeekableByteChannel {

        private final BlobStore store;
        private final String key;
        private final long offset;
        private final long size;
        private long position;
        private boolean open = true;

        /**
         * @param offset where the ciphertext starts in the blob (just past our header)
         * @param size the ciphertext's size
         */
        StoreChannel(BlobStore store, String key, long offset, long size) {
            this.store = store;
            this.key = key;
            this.offset = offset;
            this.size = size;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            if (position >= size) {
                return -1;
            }
            int wanted = (int) Math.min(destination.remaining(), size - position);
            if (wanted == 0) {
                return 0;
            }
            byte[] bytes;
            try (InputStream in = store.open(key, offset + position, wanted)) {
                bytes = in.readNBytes(wanted);
            }
            if (bytes.length < wanted) {
                // The header promised more: the blob was cut short.
                throw new EncryptedFormat.DamagedBlobException("it ends " + (size - position - bytes.length)
                        + " bytes before its last segment");
            }
            destination.put(bytes);
            position += bytes.length;
            return bytes.length;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            this.position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
