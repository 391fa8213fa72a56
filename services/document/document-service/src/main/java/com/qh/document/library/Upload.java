package com.qh.document.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload spooled to a temporary file, with what was learnt while writing it: its length and SHA-256. Closing
 * it removes the file.
 *
 * @param file the spooled bytes
 * @param fileName the client's file name, made safe
 * @param size how many bytes
 * @param sha256 their SHA-256, lower-case hex
 */
record Upload(Path file, String fileName, long size, String sha256) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
