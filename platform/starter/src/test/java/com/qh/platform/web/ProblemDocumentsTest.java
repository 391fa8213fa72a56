package com.qh.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemDocumentsTest extends HttpTestSupport {

    private final String token = TOKENS.user(UUID.randomUUID(), "USER");

    @Test
    void listsEveryInvalidFieldOfARequestBody() {
        Answer answer = send(postJson("/api/v1/notes", "{\"title\":\"\",\"author\":\"not-an-email\"}", token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/validation");
        assertThat(answer.json().get("detail").asString()).contains("author").contains("title");
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "author");
        assertThat(answer.json().get("instance").asString()).isEqualTo("/api/v1/notes");
    }

    @Test
    void refusesMalformedJsonWithItsPosition() {
        Answer answer = send(postJson("/api/v1/notes", "{\"title\": \"a\",", token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/malformed-request");
        assertThat(answer.json().get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void namesTheFieldWhoseValueHasTheWrongType() {
        Answer answer = send(postJson("/api/v1/notes", "{\"title\":\"a\",\"priority\":\"high\"}", token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asString()).contains("'priority'");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
    }

    @Test
    void listsTheAllowedValuesOfAnEnumInsteadOfNamingAJavaType() {
        Answer answer = send(postJson("/api/v1/notes", "{\"title\":\"a\",\"colour\":\"purple\"}", token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of: RED, GREEN");
        assertThat(answer.text()).doesNotContain("Colour").doesNotContain("com.qh");
    }

    @Test
    void refusesAnUnsupportedContentType() {
        Answer answer = send(request("/api/v1/notes").header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("title")));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/unsupported-media-type");
    }

    @Test
    void refusesAnOversizedBodyBeforeReadingIt() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        Answer answer = send(postJson("/api/v1/notes", huge, token));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/payload-too-large");
    }

    /**
     * A client that writes its whole oversized body before it reads (most HTTP clients do) still reads the 413: the
     * server reads and drops the rest, as nginx's lingering close does, instead of closing a connection with unread
     * data in it, which resets it and can throw the answer away on the client's side. 24 MB is more than loopback's
     * socket buffers hold, so without the swallow the write fails.
     */
    @Test
    void aClientThatSendsAllOfAnOversizedBodyStillReadsThe413() throws IOException {
        byte[] body = new byte[24 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');
        String head = "POST /api/v1/notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);

            assertThat(statusLine).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void refusesAMalformedMultipartBodyAsTheCallersMistake() {
        Answer answer = send(request("/api/v1/notes/attachments").header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=qh-boundary")
                .POST(HttpRequest.BodyPublishers.ofString("--qh-boundary\r\nContent-Disposition: form-data; "
                        + "name=\"file\"; filename=\"a.txt\"\r\n\r\nno closing boundary")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/malformed-multipart");
        assertThat(answer.json().get("detail").asString()).contains("multipart");
    }

    @Test
    void namesAMissingUploadPartInATypedProblem() {
        Answer answer = send(request("/api/v1/notes/attachments").header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=qh-boundary")
                .POST(HttpRequest.BodyPublishers.ofString("--qh-boundary\r\nContent-Disposition: form-data; "
                        + "name=\"other\"; filename=\"a.txt\"\r\n\r\nhello\r\n--qh-boundary--\r\n")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/bad-request");
        assertThat(answer.json().get("detail").asString()).contains("'file'");
        assertThat(answer.json().has("correlationId")).isTrue();
    }

    @Test
    void answersUnknownPathsAndWrongMethodsWithProblems() {
        Answer unknown = send(request("/api/v1/public/nothing-here"));
        Answer wrongMethod = send(request("/api/v1/public/ping").DELETE());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("https://qh.dev/problems/not-found");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.problemType()).isEqualTo("https://qh.dev/problems/method-not-allowed");
    }

    @Test
    void reportsAMalformedPathVariableAsAFieldError() {
        Answer answer = send(request("/api/v1/notes/not-a-uuid").header("Authorization", "Bearer " + token));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("id");
        assertThat(answer.json().get("errors").findValuesAsString("message")).containsExactly("must be a UUID");
    }

    @Test
    void rendersServiceExceptionsWithTheirStableType() {
        UUID id = UUID.randomUUID();
        Answer answer = send(request("/api/v1/notes/" + id).header("Authorization", "Bearer " + token));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/not-found");
        assertThat(answer.json().get("detail").asString()).contains(id.toString());
    }

    @Test
    void hidesInternalsOfUnexpectedFailures() {
        Answer answer = send(request("/api/v1/public/boom"));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(answer.json().get("correlationId").asString()).isEqualTo(answer.correlationId());
    }

    @Test
    void echoesASafeCorrelationIdAndReplacesAnUnsafeOne() {
        Answer kept = send(request("/api/v1/public/ping").header(CorrelationId.HEADER, "abc-123"));
        Answer replaced = send(request("/api/v1/public/ping").header(CorrelationId.HEADER, "<script>injected</script>"));

        assertThat(kept.correlationId()).isEqualTo("abc-123");
        assertThat(replaced.correlationId()).isNotBlank().doesNotContain("injected");
    }
}
