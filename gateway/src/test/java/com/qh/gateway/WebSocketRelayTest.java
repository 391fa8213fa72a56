package com.qh.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** WebSockets through the gateway reach the service that owns their path, and only with a valid token. */
class WebSocketRelayTest extends GatewayIntegrationTest {

    private static final HttpClient client = HttpClient.newHttpClient();

    @Test
    void relaysFramesBothWaysWithTheQueryTheBrowserSent() throws Exception {
        String token = TestTokens.validToken(TestTokens.newUserId());
        Frames frames = new Frames();

        WebSocket socket = connect("?access_token=" + token + "&since=42", frames);
        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);

        assertThat(frames.next()).isEqualTo("query:access_token=" + token + "&since=42");
        assertThat(frames.next()).isEqualTo("echo:hello");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    @Test
    void refusesAHandshakeWithoutATokenWithAProblemDocument() {
        Handshake answer = handshake("");

        answer.assertProblem(401, "https://qh.dev/problems/unauthorized");
        assertThat(answer.body()).contains("\"detail\":\"This needs an access token");
    }

    @Test
    void refusesAHandshakeWithAForgedTokenWithAProblemDocument() {
        String forged = TestTokens.tokenSignedByStranger(TestTokens.newUserId());

        Handshake answer = handshake("?access_token=" + forged);

        answer.assertProblem(401, "https://qh.dev/problems/unauthorized");
        assertThat(answer.body()).doesNotContain(forged);
    }

    @Test
    void passesOnTheServicesRefusalOfARevokedTokenAsA401NotA503() {
        // Validly signed, so the gateway (which has not heard of the sign-out) lets it through; the service refuses.
        String signedOut = TestTokens.validToken(TestTokens.newUserId());
        notification.refuse(signedOut, 401);

        Handshake answer = handshake("?access_token=" + signedOut);

        answer.assertProblem(401, "https://qh.dev/problems/unauthorized");
        assertThat(answer.body()).contains("refused the access token").doesNotContain(signedOut);
    }

    @Test
    void passesOnTheServicesForbiddenAsA403() {
        String disabled = TestTokens.validToken(TestTokens.newUserId());
        notification.refuse(disabled, 403);

        Handshake answer = handshake("?access_token=" + disabled);

        answer.assertProblem(403, "https://qh.dev/problems/forbidden");
    }

    @Test
    void stillUpgradesTokensTheServiceAccepts() {
        Handshake answer = handshake("?access_token=" + TestTokens.validToken(TestTokens.newUserId()));

        assertThat(answer.status()).isEqualTo(101);
    }

    /**
     * A handshake as the hostile-input suite sends it, on a plain socket: the JDK's WebSocket client hides the
     * body of a refusal, and its HTTP client will not send {@code Upgrade}.
     */
    private Handshake handshake(String query) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + EchoWebSocketService.PATH + query + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = line(in);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.computeIfAbsent(header.substring(0, colon).strip(), name -> new ArrayList<>())
                        .add(header.substring(colon + 1).strip());
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            return new Handshake(status, headers, status == 101 ? "" : body(in, headers));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(InputStream in, Map<String, List<String>> headers) throws IOException {
        if (headers.containsKey("Content-Length")) {
            return new String(in.readNBytes(Integer.parseInt(headers.get("Content-Length").get(0))),
                    StandardCharsets.UTF_8);
        }
        if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            return body.toString(StandardCharsets.UTF_8);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private record Handshake(int status, Map<String, List<String>> headers, String body) {

        void assertProblem(int expectedStatus, String type) {
            assertThat(status).isEqualTo(expectedStatus);
            assertThat(headers.get("Content-Type")).singleElement()
                    .satisfies(value -> assertThat(value).startsWith("application/problem+json"));
            assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(body).contains("\"type\":\"" + type + "\"")
                    .contains("\"status\":" + expectedStatus)
                    .contains("\"title\":")
                    .contains("\"instance\":\"" + EchoWebSocketService.PATH + "\"");
        }
    }

    private WebSocket connect(String query, Frames frames) {
        return client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://localhost:" + port + EchoWebSocketService.PATH + query), frames).join();
    }

    /** Text frames as they arrive. */
    private static final class Frames implements WebSocket.Listener {

        private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String frame = received.poll(5, TimeUnit.SECONDS);
            assertThat(frame).as("a frame within 5 s").isNotNull();
            return frame;
        }
    }
}
