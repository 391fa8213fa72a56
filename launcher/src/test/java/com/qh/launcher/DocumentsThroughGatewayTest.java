package com.qh.launcher;

import static com.qh.launcher.Payloads.executable;
import static com.qh.launcher.Payloads.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A job seeker keeps a resume through the gateway in the default run: uploads it under a Cyrillic name, adds a
 * version, downloads a range, shares it behind a password and revokes the link. Another account cannot see it, and
 * files that only pretend to be documents are refused.
 */
@ExtendWith(RunningPlatform.class)
class DocumentsThroughGatewayTest {

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void keepsVersionsSharesAndRevokesAResumeAndKeepsItPrivate() {
        User seeker = platform.signUp();

        Answer uploaded = upload(seeker, "/api/v1/documents?kind=RESUME_UPLOAD", "Резюме.pdf", pdf("first"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().path("mediaType").asString()).isEqualTo("application/pdf");
        String id = uploaded.json().path("id").asString();

        Answer second = upload(seeker, "/api/v1/documents/" + id + "/versions", "Резюме.pdf", pdf("second"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        Answer versions = platform.send(platform.request("GET", "/api/v1/documents/" + id + "/versions",
                seeker.accessToken()));
        assertThat(versions.json().size()).isEqualTo(2);

        HttpResponse<byte[]> head = platform.sendForBytes(platform.request("GET", "/api/v1/documents/" + id
                + "/content", seeker.accessToken()).header("Range", "bytes=0-4"));
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(new String(head.body(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(head.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5.pdf");

        Answer share = platform.send(platform.json("POST", "/api/v1/documents/" + id + "/shares",
                "{\"password\":\"open sesame\"}", seeker.accessToken()));
        assertThat(share.status()).as(share.toString()).isEqualTo(201);
        String link = "/api/v1/documents/shared/" + share.json().path("token").asString();
        assertThat(platform.sendForBytes(platform.request("GET", link, null)).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> shared = platform.sendForBytes(platform.request("GET", link, null)
                .header("X-Share-Password", "open sesame"));
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).isEqualTo(pdf("second"));

        String shareId = share.json().path("id").asString();
        assertThat(platform.send(platform.request("DELETE", "/api/v1/documents/" + id + "/shares/" + shareId,
                seeker.accessToken())).status()).isEqualTo(204);
        assertThat(platform.sendForBytes(platform.request("GET", link, null).header("X-Share-Password",
                "open sesame")).statusCode()).isEqualTo(404);

        User stranger = platform.signUp();
        assertThat(platform.send(platform.request("GET", "/api/v1/documents/" + id, stranger.accessToken()))
                .status()).isEqualTo(404);
        assertThat(platform.sendForBytes(platform.request("GET", "/api/v1/documents/" + id + "/content",
                stranger.accessToken())).statusCode()).isEqualTo(404);
        assertThat(upload(stranger, "/api/v1/documents/" + id + "/versions", "mine.pdf", pdf("not yours"))
                .status()).isEqualTo(404);
    }

    @Test
    void refusesExecutablesAndArchivesDressedAsDocumentsAndDecompressionBombs() {
        User seeker = platform.signUp();

        Answer executable = upload(seeker, "/api/v1/documents?kind=RESUME_UPLOAD", "resume.pdf", executable());
        Answer archive = upload(seeker, "/api/v1/documents?kind=RESUME_UPLOAD", "resume.pdf",
                zip(Map.of("notes.txt", "hi".getBytes(StandardCharsets.UTF_8))));
        Answer bomb = upload(seeker, "/api/v1/documents?kind=RESUME_UPLOAD", "resume.docx",
                zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                        "word/document.xml", new byte[30 * 1024 * 1024])));

        assertThat(executable.status()).as(executable.toString()).isEqualTo(415);
        assertThat(executable.json().path("detail").asString()).isNotBlank();
        assertThat(archive.status()).as(archive.toString()).isEqualTo(415);
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(422);
        assertThat(platform.send(platform.request("GET", "/api/v1/documents", seeker.accessToken())).json().size())
                .isZero();
    }

    private static Answer upload(User user, String path, String fileName, byte[] content) {
        return platform.send(platform.upload(path, fileName, "application/octet-stream", content, user.accessToken()));
    }

    /** A ZIP of deflated entries, so that a large entry of zeros stays small on the wire. */
    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
