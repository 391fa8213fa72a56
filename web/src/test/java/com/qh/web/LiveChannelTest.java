package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The live channel: {@code /live/events} over real HTTP, relaying a real WebSocket server that stands in for the
 * gateway's notification socket. The browser holds only its session cookie; the socket is opened with the
 * session's token.
 */
class LiveChannelTest extends LiveTestBase {

    static final String MESSAGE_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String JOB_ID = "8b2c3d4e-5f60-4b7c-9d8e-0f1a2b3c4d5e";

    @Test
    void relaysNewMessagesAndJobProgressOverASocketOpenedWithTheSessionsToken() throws Exception {
        api.veraSignsIn(900);
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 2}")));
        Tab tab = new Tab(port).signedIn();

        try (Tab.Stream stream = tab.stream()) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(stream.next()).isEqualTo(new Tab.Event("ready", "{\"unread\":2}"));

            GatewaySocket.Handshake handshake = socket.handshakes.poll(10, TimeUnit.SECONDS);
            assertThat(handshake).isNotNull();
            assertThat(handshake.header("Authorization")).isEqualTo("Bearer " + FakeApi.ACCESS);
            assertThat(handshake.query()).isNull();
            await().atMost(Duration.ofSeconds(10)).until(() -> socket.open.size() == 1);

            socket.push("""
                    {"type": "notification", "notification": {"id": "%s", "userId": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11",
                     "eventType": "user.registered.v1", "title": "<img src=x onerror=alert(1)>", "body": "Welcome",
                     "link": "javascript:alert(1)", "createdAt": "2026-12-04T10:00:00Z", "readAt": null}}"""
                    .formatted(MESSAGE_ID));
            assertThat(stream.next()).isEqualTo(new Tab.Event("notification", "{\"id\":\"" + MESSAGE_ID + "\"}"));

            socket.push("{\"type\": \"something.else\", \"secret\": 1}");
            socket.push("""
                    {"type": "analysis.progress", "jobId": "%s", "jobType": "RESUME_REVIEW", "status": "RUNNING",
                     "progress": 40, "step": "ats"}""".formatted(JOB_ID));
            assertThat(stream.next()).isEqualTo(new Tab.Event("analysis", "{\"jobId\":\"" + JOB_ID
                    + "\",\"jobType\":\"RESUME_REVIEW\",\"status\":\"RUNNING\",\"progress\":40,\"step\":\"ats\"}"));
        }
    }

    @Test
    void closesTheUpstreamSocketWhenTheTabGoesAndHoldsOneSocketPerStream() {
        api.veraSignsIn(900);
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 0}")));
        Tab tab = new Tab(port).signedIn();

        Tab.Stream first = tab.stream();
        try (Tab.Stream second = tab.stream()) {
            assertThat(first.next().name()).isEqualTo("ready");
            assertThat(second.next().name()).isEqualTo("ready");
            await().atMost(Duration.ofSeconds(10)).until(() -> socket.open.size() == 2);

            first.close();

            await().atMost(Duration.ofSeconds(10)).until(() -> socket.open.size() == 1);
            socket.push("{\"type\": \"notification\", \"notification\": {\"id\": \"" + MESSAGE_ID + "\"}}");
            assertThat(second.next().name()).isEqualTo("notification");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> socket.open.isEmpty());
    }

    @Test
    void endsTheStreamWhenTheSocketsTokenEndsAndReconnectsWithARefreshedToken() throws Exception {
        // A token due within 30 s: the stream's first call refreshes it, so the socket opens with the new one.
        api.veraSignsIn(20);
        api.server.stubFor(post("/api/v1/auth/refresh").willReturn(okJson(FakeApi.tokens("access-2", "refresh-2",
                900))));
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 1}")));
        Tab tab = new Tab(port).signedIn();

        try (Tab.Stream stream = tab.stream()) {
            assertThat(stream.next().name()).isEqualTo("ready");
            assertThat(socket.handshakes.poll(10, TimeUnit.SECONDS).header("Authorization"))
                    .isEqualTo("Bearer access-2");
            await().atMost(Duration.ofSeconds(10)).until(() -> socket.open.size() == 1);

            socket.closeAll(4401, "Token expired");

            assertThat(stream.next()).isEqualTo(Tab.Event.END);
        }
    }

    @Test
    void tellsASignedOutTabNotToReconnect() {
        Tab stranger = new Tab(port);
        try (Tab.Stream stream = stranger.stream()) {
            assertThat(stream.response.statusCode()).isEqualTo(204);
        }

        api.veraSignsIn(900);
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(FakeApi.problem(401, "unauthorized",
                "Signed out.", "")));
        Tab signedOutElsewhere = new Tab(port).signedIn();
        try (Tab.Stream stream = signedOutElsewhere.stream()) {
            assertThat(stream.response.statusCode()).isEqualTo(204);
        }
        assertThat(socket.handshakes).isEmpty();
        // The web session ended with it: the next page asks for sign-in.
        assertThat(signedOutElsewhere.get("/notifications").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesAStreamAskedForByAnotherSite() {
        api.veraSignsIn(900);
        Tab tab = new Tab(port).signedIn();

        try (Tab.Stream stream = tab.stream("Sec-Fetch-Site", "cross-site")) {
            assertThat(stream.response.statusCode()).isEqualTo(403);
        }
        assertThat(socket.handshakes).isEmpty();
    }
}
