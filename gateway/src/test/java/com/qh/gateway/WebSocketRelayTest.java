package com.qh.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
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
    void refusesAHandshakeWithoutAToken() {
        assertThatThrownBy(() -> connect("", new Frames())).hasRootCauseMessage("Unexpected HTTP response status code 401");
    }

    @Test
    void refusesAHandshakeWithAForgedToken() {
        String forged = TestTokens.tokenSignedByStranger(TestTokens.newUserId());

        assertThatThrownBy(() -> connect("?access_token=" + forged, new Frames())).hasRootCauseMessage("Unexpected HTTP response status code 401");
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
