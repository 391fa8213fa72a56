package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.document.storage.BlobStore;
import com.qh.test.ApiClient;
import com.qh.test.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients that go away in the middle of a transfer, over a raw socket: no 500, no error in the log, nothing left
 * behind (no rows, no blob, no spooled part), and the service carries on. Encryption is on, so an aborted download
 * also closes a decrypting stream half-way.
 */
@EncryptedStoreContext
@ExtendWith(OutputCaptureExtension.class)
class AbortedTransfersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    DocumentProperties properties;

    @Autowired
    MeterRegistry meters;

    UUID userId;
    ApiClient api;

    @BeforeEach
    void signIn() {
        userId = UUID.randomUUID();
        api = ApiClient.on(port).as(TestUsers.user(userId));
    }

    @Test
    void answersAnUploadCutShortWith400AndKeepsNothingOfIt(CapturedOutput output) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            sendHalfAnUpload(socket, 8 * 1024 * 1024);
            // Half-closed: the service reads the end of the body where the rest should be, and can still answer.
            socket.shutdownOutput();
            String status = statusLine(socket.getInputStream());

            assertThat(status).startsWith("HTTP/1.1 400");
        }
        assertNothingKept();
        assertThat(errors(output)).isEmpty();
        assertThat(upload(Fixtures.pdf("after the abort")).status()).isEqualTo(201);
    }

    @Test
    void forgetsAnUploadWhoseClientResetTheConnection(CapturedOutput output) throws IOException {
        long answeredBefore = requests("POST", "400");
        try (Socket socket = new Socket("localhost", port)) {
            sendHalfAnUpload(socket, 8 * 1024 * 1024);
            socket.setSoLinger(true, 0);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> requests("POST", "400") > answeredBefore);
        assertNothingKept();
        assertThat(requests("POST", "500")).isZero();
        assertThat(errors(output)).isEmpty();
        assertThat(upload(Fixtures.pdf("after the reset")).status()).isEqualTo(201);
    }

    @Test
    void endsADownloadQuietlyWhenTheClientGoesAway(CapturedOutput output) throws IOException {
        byte[] bytes = Fixtures.largePdf(20 * 1024 * 1024, 21);
        String id = upload(bytes).json().get("id").asString();
        String path = "/api/v1/documents/" + id + "/content";
        long sentBefore = requests("GET", "200");

        try (Socket socket = new Socket("localhost", port)) {
            socket.setReceiveBufferSize(4096);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestUsers.user(userId) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(statusLine(in)).startsWith("HTTP/1.1 200");
            assertThat(in.readNBytes(100_000)).hasSize(100_000);
            socket.setSoLinger(true, 0);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> requests("GET", "200") > sentBefore);
        assertThat(requests("GET", "500")).isZero();
        assertThat(errors(output)).isEmpty();
        assertThat(api.get(path).body()).isEqualTo(bytes);
    }

    /** Sends the headers of a multipart upload of a {@code size}-byte PDF and half of its body. */
    private void sendHalfAnUpload(Socket socket, int size) throws IOException {
        String boundary = "qh-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = Fixtures.largePdf(size, 5);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestUsers.user(userId) + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (head.length + file.length + tail.length) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(head);
        out.write(file, 0, size / 2);
        out.flush();
    }

    private void assertNothingKept() throws IOException {
        assertThat(jdbc.queryForObject("select count(*) from document_version where owner_id = ?", Integer.class,
                userId)).isZero();
        try (Stream<BlobStore.StoredBlob> stored = blobs.list(BlobStore.prefixOf(userId))) {
            assertThat(stored).isEmpty();
        }
        // Tomcat removes the parts it spooled when it recycles the request, just after answering.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(spooled()).isEmpty());
    }

    private List<Path> spooled() throws IOException {
        Path spool = properties.tempDirectory();
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }

    /** What the platform logs for a 500, and any trace of the abort above DEBUG. */
    private static List<String> errors(CapturedOutput output) {
        return output.getAll().lines()
                .filter(line -> line.contains("Unexpected failure") || line.contains("ClientAbortException"))
                .toList();
    }

    private long requests(String method, String status) {
        return meters.find("http.server.requests").tags("method", method, "status", status).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private ApiClient.Reply upload(byte[] bytes) {
        return api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream", bytes, Map.of("kind", "OTHER"));
    }

    /** Reads the answer's head, up to the empty line; returns its status line. */
    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                return text.substring(0, text.indexOf("\r\n"));
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
