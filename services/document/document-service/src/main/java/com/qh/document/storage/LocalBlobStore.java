package com.qh.document.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Blobs as files under one directory ({@code <root>/<ownerId>/<sha256>}). A blob is written to a temporary file
 * beside its place and renamed, so a reader never sees half of one; files whose names start with a dot are such
 * temporaries and are not blobs.
 */
class LocalBlobStore implements BlobStore {

    private final Path root;

    LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document directory " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public void put(String key, Path file) {
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            try {
                Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            finally {
                Files.deleteIfExists(temporary);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot store blob " + key, e);
        }
    }

    /** A rename into place when the file is on the store's file system (atomic: no reader sees half), else a copy. */
    @Override
    public void moveIn(String key, Path file) {
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException otherFileSystem) {
            BlobStore.super.moveIn(key, file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot store blob " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(pathOf(key), StandardOpenOption.READ);
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            return length < 0 ? in : new Bounded(in, length);
        }
        catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete blob " + key, e);
        }
    }

    @Override
    public Stream<StoredBlob> list(String prefix) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root).filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .map(this::describe)
                    .filter(blob -> blob != null && blob.key().startsWith(prefix));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private StoredBlob describe(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            String key = root.relativize(path).toString().replace('\\', '/');
            return new StoredBlob(key, attributes.size(), attributes.lastModifiedTime().toInstant());
        }
        catch (NoSuchFileException gone) {
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private Path pathOf(String key) {
        Path path = root.resolve(Keys.checked(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a valid blob key: " + key);
        }
        return path;
    }

    /** Ends after {@code remaining} bytes. */
    static final class Bounded extends FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }
    }
}
