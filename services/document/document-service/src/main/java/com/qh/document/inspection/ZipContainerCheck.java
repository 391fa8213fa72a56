package com.qh.document.inspection;

import com.qh.document.DocumentProperties;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opens a DOCX or ODT with {@link ZipInputStream} and inflates every entry into nothing, counting the bytes that
 * really come out (the sizes in the headers are the attacker's to choose): too many entries, too many bytes in
 * all, or an entry that expands more than the allowed ratio is a decompression bomb. On the way it checks that
 * the container is what its type says.
 */
class ZipContainerCheck {

    private static final int BUFFER = 64 * 1024;
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    // Small entries compress well without being bombs; the ratio is only judged past this many bytes.
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final DocumentProperties.Zip limits;

    ZipContainerCheck(DocumentProperties.Zip limits) {
        this.limits = limits;
    }

    /**
     * Checks the container and says what it holds.
     *
     * @param claimed what the bytes and the name suggested, or {@code null} for a plain ZIP
     * @return {@link AcceptedType#DOCX} or {@link AcceptedType#ODT}
     */
    AcceptedType check(Path file, AcceptedType claimed) {
        String type = claimed == null ? "a document" : claimed.name();
        long compressedTotal = sizeOf(file);
        int entries = 0;
        long total = 0;
        boolean wordDocument = false;
        boolean contentTypes = false;
        String odtMimetype = null;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    throw RejectedContentException.bomb("The archive has more than " + limits.maxEntries()
                            + " entries.");
                }
                String name = entry.getName();
                wordDocument |= name.equals("word/document.xml");
                contentTypes |= name.equals("[Content_Types].xml");
                long entrySize = 0;
                StringBuilder head = name.equals("mimetype") ? new StringBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entrySize += n;
                    total += n;
                    if (head != null && head.length() < 100) {
                        head.append(new String(buffer, 0, Math.min(n, 100), StandardCharsets.US_ASCII));
                    }
                    if (total > limits.maxUncompressed().toBytes()) {
                        throw RejectedContentException.bomb("The archive expands to more than "
                                + limits.maxUncompressed().toMegabytes() + " MB.");
                    }
                    long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : compressedTotal;
                    if (entrySize > RATIO_FLOOR && entrySize > compressed * limits.maxRatio()) {
                        throw RejectedContentException.bomb("An entry of the archive expands more than "
                                + limits.maxRatio() + " times.");
                    }
                }
                if (head != null) {
                    odtMimetype = head.toString().strip();
                }
            }
        }
        catch (ZipException e) {
            throw RejectedContentException.malformed("The file claims to be " + type
                    + " but is not a readable ZIP container.");
        }
        catch (IOException e) {
            throw RejectedContentException.malformed("The file claims to be " + type
                    + " but cannot be read as a ZIP container.");
        }
        AcceptedType actual = wordDocument && contentTypes ? AcceptedType.DOCX
                : ODT_MIMETYPE.equals(odtMimetype) ? AcceptedType.ODT : null;
        if (actual == null && claimed == null) {
            throw RejectedContentException.unsupported("application/zip");
        }
        if (actual != claimed && claimed != null) {
            throw RejectedContentException.malformed("The file is a ZIP archive but not a " + type
                    + " document.");
        }
        return actual;
    }

    private static long sizeOf(Path file) {
        try {
            return Math.max(1, Files.size(file));
        }
        catch (IOException e) {
            return 1;
        }
    }
}
