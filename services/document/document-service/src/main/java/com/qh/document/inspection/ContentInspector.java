package com.qh.document.inspection;

import com.qh.document.DocumentProperties;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides what a spooled upload is. Tika reads the first bytes (magic numbers); the file name only breaks a tie
 * between types the bytes allow (an OLE2 file named {@code .doc}, a ZIP named {@code .docx}), so an executable or a
 * ZIP renamed {@code .pdf} stays what it is and is refused. ZIP containers are then opened and checked for real:
 * a DOCX must hold a WordprocessingML part, an ODT must say it is one, and neither may be a decompression bomb.
 */
@Component
public class ContentInspector {

    private static final Set<String> ZIP_TYPES = Set.of("application/zip",
            "application/x-tika-ooxml");

    private final Tika tika = new Tika();
    private final ZipContainerCheck zipCheck;

    @Autowired
    ContentInspector(DocumentProperties properties) {
        this(new ZipContainerCheck(properties.zip()));
    }

    ContentInspector(ZipContainerCheck zipCheck) {
        this.zipCheck = zipCheck;
    }

    /** A checker with the default limits, for tests and tools. */
    public static ContentInspector withDefaults() {
        return new ContentInspector(new ZipContainerCheck(new DocumentProperties.Zip(2000,
                DataSize.ofMegabytes(200), 100)));
    }

    /**
     * The accepted type of the file's content.
     *
     * @param name the name the client gave, a hint only
     * @throws RejectedContentException 415 for a type not kept or a container that is not what it claims, 422 for
     *         a decompression bomb
     */
    public AcceptedType inspect(Path file, String name) {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // Tika marks and resets the stream itself, reading only the first bytes it needs.
            detected = tika.detect(in, name);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String mediaType = normalised(detected);
        if (ZIP_TYPES.contains(mediaType)) {
            // A ZIP without a telling name: only its entries can say whether it is a DOCX or an ODT.
            return zipCheck.check(file, null);
        }
        AcceptedType type = AcceptedType.of(mediaType)
                .orElseThrow(() -> RejectedContentException.unsupported(detected));
        if (type.zipContainer()) {
            zipCheck.check(file, type);
        }
        return type;
    }

    private static String normalised(String detected) {
        return switch (detected) {
            case "text/rtf" -> "application/rtf";
            // Tika's name for Markdown, told from plain text by the .md name (the bytes are plain text either way).
            case "text/x-web-markdown" -> "text/markdown";
            default -> detected;
        };
    }
}
