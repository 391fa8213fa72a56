package com.qh.document.library;

import com.qh.document.DocumentProperties;
import com.qh.platform.web.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Copies an upload to a temporary file through a fixed buffer, hashing and counting on the way: memory stays flat
 * however large the file, and an upload over the limit is refused as soon as it passes it.
 */
@Component
class Spooler {

    private static final int BUFFER = 64 * 1024;

    private final DataSize maxSize;
    private final Path directory;

    Spooler(DocumentProperties properties) {
        this.maxSize = properties.maxSize();
        this.directory = properties.tempDirectory();
    }

    Upload spool(InputStream in, String clientName) {
        Path file = null;
        try {
            if (directory != null) {
                Files.createDirectories(directory);
            }
            file = directory == null ? Files.createTempFile("qh-upload-", ".part")
                    : Files.createTempFile(directory, "qh-upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    if (size > maxSize.toBytes()) {
                        throw new PayloadTooLargeException(maxSize);
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new com.qh.platform.web.UnprocessableException("empty-file", "The file is empty.");
            }
            return new Upload(file, FileNames.safe(clientName), size, HexFormat.of().formatHex(sha256.digest()));
        }
        catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Cannot spool the upload", e);
        }
        catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        }
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
