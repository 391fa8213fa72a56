package com.qh.document.storage;

import com.qh.platform.crypto.FieldEncryptor;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest over any {@link BlobStore}. A blob whose key ends in {@link #SUFFIX} is written in
 * {@link TinkFormat} (Google Tink's streaming AEAD); blobs written before in the hand-made {@link EncryptedFormat}
 * are told apart by their header's magic and stay readable. Either way a blob has a fresh data key, wrapped with
 * the service's {@link FieldEncryptor} (so it names the key-encryption key it needs and old keys keep working after a rotation). Every other key is passed
 * through as it is. The key, which the version's row stores, is what says how a blob is kept: turning encryption
 * on or off changes only where new content goes ({@link #keysFor}), and every blob stays readable either way.
 */
class EncryptingBlobStore implements BlobStore, AutoCloseable {

    /** Marks the key of an encrypted blob. */
    static final String SUFFIX = ".enc";

    private final BlobStore store;
    private final Supplier<FieldEncryptor> keys;
    private final boolean encryptNewBlobs;
    private final Path temporaryDirectory;

    /**
     * @param keys the key-encryption keys, asked for only when an encrypted blob is written or read
     * @param temporaryDirectory where a blob is encrypted before it is stored; null for the JVM's
     */
    EncryptingBlobStore(BlobStore store, Supplier<FieldEncryptor> keys, boolean encryptNewBlobs,
            Path temporaryDirectory) {
        this.store = store;
        this.keys = keys;
        this.encryptNewBlobs = encryptNewBlobs;
        this.temporaryDirectory = temporaryDirectory;
    }

    static boolean encrypted(String key) {
        return key.endsWith(SUFFIX);
    }

    @Override
    public List<String> keysFor(UUID ownerId, String sha256) {
        String plain = BlobStore.keyOf(ownerId, sha256);
        return encryptNewBlobs ? List.of(plain + SUFFIX, plain) : List.of(plain, plain + SUFFIX);
    }

    @Override
    public void put(String key, Path file) {
        if (!encrypted(key)) {
            store.put(key, file);
            return;
        }
        Path sealed = null;
        try {
            if (temporaryDirectory != null) {
                Files.createDirectories(temporaryDirectory);
            }
            sealed = temporaryDirectory == null ? Files.createTempFile("qh-sealed-", ".part")
                    : Files.createTempFile(temporaryDirectory, "qh-sealed-", ".part");
            byte[] dataKey = EncryptedFormat.newDataKey();
            try {
                String wrapped = keys.get().encrypt(Base64.getEncoder().encodeToString(dataKey));
                try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(sealed)) {
                    TinkFormat.encrypt(in, Files.size(file), dataKey, wrapped, context(key), out);
                }
            }
            finally {
                Arrays.fill(dataKey, (byte) 0);
            }
            store.moveIn(key, sealed);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot encrypt blob " + key, e);
        }
        finally {
            deleteQuietly(sealed);
        }
    }

    @Override
    public void moveIn(String key, Path file) {
        if (!encrypted(key)) {
            store.moveIn(key, file);
            return;
        }
        put(key, file);
        deleteQuietly(file);
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (!encrypted(key)) {
            return store.open(key, offset, length);
        }
        try {
            if (offset == 0 && length < 0) {
                // The whole blob: header and segments from one read.
                InputStream in = new BufferedInputStream(store.open(key, 0, -1), TinkFormat.MAGIC.length);
                try {
                    in.mark(TinkFormat.MAGIC.length);
                    byte[] magic = in.readNBytes(TinkFormat.MAGIC.length);
                    in.reset();
                    if (TinkFormat.recognises(magic)) {
                        TinkFormat.Header header = TinkFormat.readHeader(in);
                        return TinkFormat.decrypting(header, dataKeyBytes(header.wrappedKey(), key), context(key),
                                in);
                    }
                    EncryptedFormat.Header header = EncryptedFormat.readHeader(in);
                    return EncryptedFormat.decrypting(header, dataKey(header, key), context(key), in, 0, 0, -1);
                }
                catch (IOException | RuntimeException e) {
                    in.close();
                    throw e;
                }
            }
            byte[] head;
            try (InputStream in = store.open(key, 0, EncryptedFormat.FIXED_HEADER_BYTES
                    + EncryptedFormat.MAX_WRAPPED_KEY_BYTES)) {
                head = in.readAllBytes();
            }
            if (TinkFormat.recognises(head)) {
                TinkFormat.Header header = TinkFormat.readHeader(new ByteArrayInputStream(head));
                long size = header.plainLength();
                long start = Math.min(offset, size);
                long end = length < 0 ? size : Math.min(size, start + length);
                if (start >= end) {
                    return InputStream.nullInputStream();
                }
                TinkFormat.StoreChannel ciphertext = new TinkFormat.StoreChannel(store, key, header.length(),
                        TinkFormat.ciphertextSize(size));
                return TinkFormat.decrypting(header, dataKeyBytes(header.wrappedKey(), key), context(key),
                        ciphertext, start, end - start);
            }
            EncryptedFormat.Header header = EncryptedFormat.readHeader(new ByteArrayInputStream(head));
            long size = header.plainLength();
            long start = Math.min(offset, size);
            long end = length < 0 ? size : Math.min(size, start + length);
            if (start >= end) {
                return InputStream.nullInputStream();
            }
            int segmentSize = header.segmentSize();
            long first = start / segmentSize;
            long last = (end - 1) / segmentSize;
            long from = header.offsetOf(first);
            InputStream segments = store.open(key, from, header.endOf(last) - from);
            return EncryptedFormat.decrypting(header, dataKey(header, key), context(key), segments, first,
                    start - first * segmentSize, end - start);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read encrypted blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return store.exists(key);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public Stream<StoredBlob> list(String prefix) {
        return store.list(prefix);
    }

    /** None for an encrypted blob: the store holds only ciphertext. */
    @Override
    public Optional<URI> presignedUrl(String key, Duration ttl, String mediaType, String contentDisposition) {
        return encrypted(key) ? Optional.empty() : store.presignedUrl(key, ttl, mediaType, contentDisposition);
    }

    @Override
    public void close() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private SecretKey dataKey(EncryptedFormat.Header header, String key) throws IOException {
        return new SecretKeySpec(dataKeyBytes(header.wrappedKey(), key), "AES");
    }

    /** The blob's data key, unwrapped with the key-encryption key its wrapped form names. */
    private byte[] dataKeyBytes(String wrapped, String key) throws IOException {
        String encoded;
        try {
            encoded = keys.get().decrypt(wrapped);
        }
        catch (IllegalStateException e) {
            throw new IOException("Cannot unwrap the data key of blob " + key + ": " + e.getMessage(), e);
        }
        // FieldEncryptor returns a value it does not recognise as encrypted unchanged; a data key must have been
        // wrapped, or anyone able to write to the store could choose it.
        if (encoded.equals(wrapped)) {
            throw new EncryptedFormat.DamagedBlobException("the data key of blob " + key + " is not wrapped");
        }
        byte[] dataKey;
        try {
            dataKey = Base64.getDecoder().decode(encoded);
        }
        catch (IllegalArgumentException e) {
            throw new EncryptedFormat.DamagedBlobException("the data key of blob " + key + " is not Base64");
        }
        if (dataKey.length != EncryptedFormat.KEY_BYTES) {
            throw new EncryptedFormat.DamagedBlobException("the data key of blob " + key + " has "
                    + dataKey.length + " bytes");
        }
        return dataKey;
    }

    /** A blob is bound to its key: moved or copied under another one, it no longer authenticates. */
    private static byte[] context(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException ignored) {
                // A leftover in the temporary directory; the operating system clears it.
            }
        }
    }
}
