package com.qh.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Server-sent events pass through the gateway as they are written (issues 19 and 20: the web app's live channel and
 * the letter draft streaming in): the client reads the first event while the service still holds the response
 * open, so nothing between them buffers it.
 */
class StreamingTest extends GatewayIntegrationTest {

    @Test
    void passesEachEventOnWhileTheStreamIsStillOpen() throws IOException, InterruptedException {
        streaming.reset();
        String token = TestTokens.validToken(TestTokens.newUserId());
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<Stream<String>> response = client.send(request(StreamingService.PATH)
                .header("Authorization", bearer(token)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<String> lines = new ArrayList<>();
        try (Stream<String> body = response.body()) {
            Iterator<String> reader = body.iterator();
            while (!lines.contains("data: Dear hiring team,")) {
                lines.add(reader.next());
            }
            // Only now may the service finish: had the gateway held the first event back, it would still be waiting.
            streaming.release();
            reader.forEachRemaining(lines::add);
        }

        assertThat(streaming.waitedInVain()).as("the service waited for a client that never saw its first event")
                .isFalse();
        assertThat(lines).containsSubsequence("event: text", "data: Dear hiring team,", "", "event: done",
                "data: {\"letterId\": \"l-1\"}");
    }

    @Test
    void keepsAStreamOpenLongerThanTheWaitForAnAnswer() throws IOException, InterruptedException {
        streaming.reset();
        String token = TestTokens.validToken(TestTokens.newUserId());

        // The read timeout here is 3 s; the service pauses 4 s after its first event, as between heartbeats.
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request(StreamingService.PATH
                + "?quietFor=4000").header("Authorization", bearer(token)).header("Accept", "text/event-stream")
                .build(), HttpResponse.BodyHandlers.ofLines());

        List<String> lines = new ArrayList<>();
        try (Stream<String> body = response.body()) {
            Iterator<String> reader = body.iterator();
            while (!lines.contains(": still here") && reader.hasNext()) {
                lines.add(reader.next());
            }
            streaming.release();
            reader.forEachRemaining(lines::add);
        }

        assertThat(lines).as("the stream went on past the answer's time limit")
                .containsSubsequence("data: Dear hiring team,", ": still here", "event: done");
    }
}
