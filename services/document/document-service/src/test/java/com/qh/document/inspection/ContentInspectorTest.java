package com.qh.document.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.document.DocumentProperties;
import com.qh.document.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The type check: content decides, the name only breaks ties; containers are opened and checked. */
class ContentInspectorTest {

    @TempDir
    Path directory;

    final ContentInspector inspector = ContentInspector.withDefaults();

    @Test
    void recognisesEveryAcceptedTypeFromItsBytes() throws IOException {
        assertThat(inspect(Fixtures.pdf("x"), "cv.pdf")).isEqualTo(AcceptedType.PDF);
        assertThat(inspect(Fixtures.docx(), "cv.docx")).isEqualTo(AcceptedType.DOCX);
        assertThat(inspect(Fixtures.odt(), "cv.odt")).isEqualTo(AcceptedType.ODT);
        assertThat(inspect(Fixtures.png(), "photo.png")).isEqualTo(AcceptedType.PNG);
        assertThat(inspect(jpeg(), "photo.jpg")).isEqualTo(AcceptedType.JPEG);
        assertThat(inspect("{\\rtf1\\ansi Hello}".getBytes(StandardCharsets.US_ASCII), "cv.rtf"))
                .isEqualTo(AcceptedType.RTF);
        assertThat(inspect("Plain words, nothing else.\n".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEqualTo(AcceptedType.TXT);
        assertThat(inspect("# Вера Соколова\n\n## Опыт\n\n- Java, Kafka\n".getBytes(StandardCharsets.UTF_8),
                "resume.md")).isEqualTo(AcceptedType.MARKDOWN);
    }

    @Test
    void ignoresAMisleadingName() throws IOException {
        assertThat(inspect(Fixtures.pdf("x"), "photo.png")).isEqualTo(AcceptedType.PDF);
        assertThat(inspect(Fixtures.png(), "no-extension")).isEqualTo(AcceptedType.PNG);
        assertThat(inspect(Fixtures.docx(), "resume")).isEqualTo(AcceptedType.DOCX);
    }

    @Test
    void refusesAnExecutableNamedPdf() {
        assertThatThrownBy(() -> inspect(Fixtures.executable(), "resume.pdf"))
                .isInstanceOfSatisfying(RejectedContentException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(415);
                    assertThat(e.type().toString()).endsWith("/unsupported-document-type");
                });
    }

    @Test
    void refusesAZipNamedPdfOrDocx() {
        assertThatThrownBy(() -> inspect(Fixtures.plainZip(), "resume.pdf"))
                .isInstanceOfSatisfying(RejectedContentException.class,
                        e -> assertThat(e.status().value()).isEqualTo(415));
        assertThatThrownBy(() -> inspect(Fixtures.plainZip(), "resume.docx"))
                .isInstanceOfSatisfying(RejectedContentException.class,
                        e -> assertThat(e.status().value()).isEqualTo(415));
    }

    @Test
    void refusesHtmlEvenNamedTxt() {
        assertThatThrownBy(() -> inspect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "notes.txt")).isInstanceOf(RejectedContentException.class);
    }

    @Test
    void refusesADocxThatExpandsFarMoreThanItsSize() {
        assertThatThrownBy(() -> inspect(Fixtures.zipBombDocx(20), "resume.docx"))
                .isInstanceOfSatisfying(RejectedContentException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.type().toString()).endsWith("/suspicious-archive");
                });
    }

    @Test
    void refusesADocxOverTheTotalOrEntryLimits() throws IOException {
        ContentInspector strict = new ContentInspector(new ZipContainerCheck(new DocumentProperties.Zip(50,
                DataSize.ofMegabytes(2), 100_000)));

        assertThatThrownBy(() -> inspect(strict, Fixtures.zipBombDocx(3), "big.docx"))
                .hasMessageContaining("expands to more than 2 MB");
        assertThatThrownBy(() -> inspect(strict, Fixtures.docxWithEntries(60), "many.docx"))
                .hasMessageContaining("more than 50 entries");
        assertThat(inspect(strict, Fixtures.docx(), "fine.docx")).isEqualTo(AcceptedType.DOCX);
    }

    private AcceptedType inspect(byte[] bytes, String name) throws IOException {
        return inspect(inspector, bytes, name);
    }

    private AcceptedType inspect(ContentInspector checker, byte[] bytes, String name) throws IOException {
        Path file = Files.createTempFile(directory, "upload", ".bin");
        Files.write(file, bytes);
        return checker.inspect(file, name);
    }

    private static byte[] jpeg() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
