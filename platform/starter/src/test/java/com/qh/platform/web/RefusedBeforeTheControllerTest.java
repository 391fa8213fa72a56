package com.qh.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before any controller runs (by Tomcat, by Spring Security's firewall, by the error dispatch)
 * still get a problem document, never Tomcat's HTML page or Boot's own error JSON, and never a sniffable body.
 */
class RefusedBeforeTheControllerTest extends HttpTestSupport {

    @Test
    void answersAPathTheFirewallRefusesWithAProblemDocument() {
        Answer answer = send(request("/api/v1/notes/..;/admin/notes"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/bad-request");
        assertThat(answer.text()).doesNotContain("timestamp");
    }

    @Test
    void answersAMethodNoEndpointHasWithAProblemDocument() {
        Answer answer = send(request("/api/v1/notes").method("TRACE", HttpRequest.BodyPublishers.noBody()));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void answersWhatTomcatRefusesItselfWithAProblemDocumentNotItsHtmlPage() throws IOException {
        String answer = raw("GET /api/v1/public/ping HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).containsIgnoringCase("X-Content-Type-Options: nosniff");
        assertThat(answer).contains("\"type\":\"https://qh.dev/problems/bad-request\"").doesNotContain("<html");
    }

    @Test
    void marksEveryAnswerNotToBeSniffedEvenWhenSecurityNeverSawIt() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        HttpRequest.Builder tooLarge = postJson("/api/v1/notes", huge, TOKENS.user(java.util.UUID.randomUUID(), "USER"));

        assertThat(sendForHeader(tooLarge, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(sendForHeader(request("/api/v1/notes/..;/x"), "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void asksAnAnonymousCallerToSignInRatherThanSayingForbidden() {
        Answer anonymous = send(request("/api/v1/public/report"));
        Answer user = send(request("/api/v1/public/report")
                .header("Authorization", "Bearer " + TOKENS.user(java.util.UUID.randomUUID(), "USER")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problemType()).isEqualTo("https://qh.dev/problems/unauthorized");
        assertThat(user.status()).isEqualTo(403);
    }

    private String sendForHeader(HttpRequest.Builder request, String header) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue(header).orElse(null);
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
