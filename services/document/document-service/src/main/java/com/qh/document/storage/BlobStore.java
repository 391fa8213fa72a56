package com.qh.document.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Immutable blobs under string keys. Failures are {@link java.io.UncheckedIOException}s: there is nothing a caller
 * could do about them but fail the request.
 */
public interface BlobStore {

    /** The key of a user's content with this SHA-256 in the clear: one blob per owner and content. */
    static String keyOf(UUID ownerId, String sha256) {
        return ownerId + "/" + sha256;
    }

    /** The prefix of every key of one owner. */
    static String prefixOf(UUID ownerId) {
        return ownerId + "/";
    }

    /**
     * The keys a user's content with this SHA-256 may be kept under, the one new bytes are written to first. Equal
     * bytes are looked for under each, so that content kept in another form (in the clear before encryption was
     * turned on, say) is still found and stored once.
     */
    default List<String> keysFor(UUID ownerId, String sha256) {
        return List.of(keyOf(ownerId, sha256));
    }

    /** Stores the file's bytes under the key, replacing what was there; the file itself is left in place. */
    void put(String key, Path file);

    /**
     * Stores the file's bytes under the key like {@link #put}, and takes the file: a store that can moves it into
     * place instead of copying it (a rename, when it is on the same file system); either way it is gone after.
     */
    default void moveIn(String key, Path file) {
        put(key, file);
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            // Stored all the same; the caller's temporary file is left for it (or the operating system) to remove.
        }
    }

    /**
     * Reads {@code length} bytes from {@code offset} ({@code length < 0}: to the end).
     *
     * @throws BlobNotFoundException when there is no such blob
     */
    InputStream open(String key, long offset, long length);

    /** Whether the key holds a blob. */
    boolean exists(String key);

    /** Removes the blob; nothing happens when there is none. */
    void delete(String key);

    /** Every blob whose key starts with the prefix ("" for all); close the stream. */
    Stream<StoredBlob> list(String prefix);

    /** A URL the blob can be fetched from without credentials for a short while, where the store can make one. */
    default Optional<URI> presignedUrl(String key, Duration ttl, String mediaType, String contentDisposition) {
        return Optional.empty();
    }

    /** One listed blob: its key, stored length and when it was written. */
    record StoredBlob(String key, long size, Instant lastModified) {
    }

    /** The key holds nothing. */
    class BlobNotFoundException extends RuntimeException {

        public BlobNotFoundException(String key) {
            super("No blob under " + key);
        }
    }
}
