package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class RoutingTest extends GatewayIntegrationTest {

    @Value("${spring.http.clients.read-timeout}")
    Duration readTimeout;

    @Test
    void forwardsAuthRequestWithPathBodyAndForwardedHeadersUnchanged() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login?lang=en"))
                .willReturn(okJson("{\"accessToken\":\"a\",\"tokenType\":\"Bearer\"}")));

        HttpResponse<String> response = send(request("/api/v1/auth/login?lang=en")
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "login-42")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"jane@example.org\",\"password\":\"pw\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"accessToken\":\"a\"");
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("login-42");
        auth.verify(postRequestedFor(urlEqualTo("/api/v1/auth/login?lang=en"))
                .withRequestBody(equalToJson("{\"email\":\"jane@example.org\",\"password\":\"pw\"}"))
                .withHeader("X-Correlation-Id", equalTo("login-42"))
                .withHeader("X-Forwarded-For", matching(".*127\\.0\\.0\\.1.*"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + port)));
    }

    // Profile's paths, not sign-in: these would spend the sign-in rate limit the other test classes share.
    @Test
    void answersTheServicesStatusWhenABodyIsFramedBothByLengthAndByChunks() throws IOException {
        profile.stubFor(post(urlEqualTo("/api/v1/profile/me")).willReturn(aResponse().withStatus(400)));

        String answer = raw("POST /api/v1/profile/me HTTP/1.1\r\nHost: localhost\r\n" + authorization()
                + "Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n0\r\n\r\nGET /api/v1/profile/smuggled HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        // The empty body goes out as no body, not as a chunked stream the JDK client has to frame.
        profile.verify(1, postRequestedFor(urlEqualTo("/api/v1/profile/me"))
                .withHeader("Transfer-Encoding", absent()));
        profile.verify(0, getRequestedFor(urlEqualTo("/api/v1/profile/smuggled")));
    }

    @Test
    void sendsABodyWithItsLengthAndAGetWithNoBody() throws IOException {
        profile.stubFor(post(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{}")));
        profile.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{}")));

        String chunked = raw("POST /api/v1/profile/me HTTP/1.1\r\nHost: localhost\r\n" + authorization()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n");
        String get = raw("GET /api/v1/profile/me HTTP/1.1\r\nHost: localhost\r\n" + authorization()
                + "Connection: close\r\n\r\n");

        assertThat(chunked).startsWith("HTTP/1.1 200");
        assertThat(get).startsWith("HTTP/1.1 200");
        profile.verify(postRequestedFor(urlEqualTo("/api/v1/profile/me")).withHeader("Content-Length", equalTo("2"))
                .withHeader("Transfer-Encoding", absent()).withRequestBody(equalToJson("{}")));
        profile.verify(getRequestedFor(urlEqualTo("/api/v1/profile/me"))
                .withHeader("Transfer-Encoding", absent()).withHeader("Content-Length", absent()));
    }

    private static String authorization() {
        return "Authorization: " + bearer(TestTokens.validToken(TestTokens.newUserId())) + "\r\n";
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void passesBearerTokenAndGatewayCorrelationIdToTheOwningService() {
        String token = TestTokens.validToken(TestTokens.newUserId());
        profile.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{\"displayName\":\"Jane\"}")));

        HttpResponse<String> response = send(request("/api/v1/profile/me").header("Authorization", bearer(token)));

        assertThat(response.statusCode()).isEqualTo(200);
        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        profile.verify(getRequestedFor(urlEqualTo("/api/v1/profile/me"))
                .withHeader("Authorization", equalTo(bearer(token)))
                .withHeader("X-Correlation-Id", equalTo(correlationId)));
    }

    @Test
    void passesServiceErrorsThroughAsTheyAre() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/register")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://qh.dev/problems/email-taken\",\"status\":409}")));

        HttpResponse<String> response = send(request("/api/v1/auth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("email-taken");
    }

    /** A service's own 503 is its answer: passed on once, not retried after its Retry-After by the proxy's client. */
    @Test
    void passesAServicesOwnUnavailableAnswerOnWithoutRetrying() {
        String token = TestTokens.validToken(TestTokens.newUserId());
        profile.stubFor(get(urlEqualTo("/api/v1/profile/busy")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "1").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://qh.dev/problems/database-unavailable\",\"status\":503}")));

        HttpResponse<String> response = send(request("/api/v1/profile/busy").header("Authorization", bearer(token)));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.body()).contains("database-unavailable");
        profile.verify(1, getRequestedFor(urlEqualTo("/api/v1/profile/busy")));
    }

    @Test
    void leavesRedirectsForTheBrowserToFollow() {
        auth.stubFor(get(urlEqualTo("/api/v1/auth/oauth2/authorize/github")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://github.com/login/oauth/authorize?client_id=qh")));

        HttpResponse<String> response = send(request("/api/v1/auth/oauth2/authorize/github"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("https://github.com/login/oauth/authorize?client_id=qh");
    }

    @Test
    void answersServiceUnavailableProblemWhenTheServiceIsDown() {
        String token = TestTokens.validToken(TestTokens.newUserId());

        HttpResponse<String> response = send(request("/api/v1/vacancies/17").header("Authorization", bearer(token)));

        assertThat(response.statusCode()).isEqualTo(503);
        // Written by the proxy filter as every filter's problem is, with its charset (the rate limits' 429 too).
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body())
                .contains("\"type\":\"https://qh.dev/problems/service-unavailable\"")
                .contains("\"service\":\"vacancy\"")
                .contains("\"correlationId\"");
    }

    @Test
    void answersGatewayTimeoutWhenAServiceIsSlowToAnswer() {
        String token = TestTokens.validToken(TestTokens.newUserId());
        profile.stubFor(get(urlEqualTo("/api/v1/profile/slow")).willReturn(okJson("{}").withFixedDelay(4_000)));

        HttpResponse<String> response = send(request("/api/v1/profile/slow").header("Authorization", bearer(token)));

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("\"type\":\"https://qh.dev/problems/gateway-timeout\"");
    }

    /** An upload on a slow line takes longer than the read timeout (3 s here) and must still get through. */
    @Test
    void letsAnUploadTakeLongerThanTheReadTimeout() {
        String token = TestTokens.validToken(TestTokens.newUserId());
        profile.stubFor(post(urlEqualTo("/api/v1/profile/photo")).willReturn(aResponse().withStatus(201)));
        int half = 64 * 1024;

        HttpResponse<String> response = send(request("/api/v1/profile/photo").header("Authorization", bearer(token))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new StallingStream(half, readTimeout.plusSeconds(1))), 2L * half)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(profile.findAll(postRequestedFor(urlEqualTo("/api/v1/profile/photo"))))
                .singleElement().satisfies(received -> assertThat(received.getBody()).hasSize(2 * half));
    }

    /**
     * A slow line: the first half of the body at once, then nothing until {@code stall} has passed since the first
     * byte, then the second half. The first half is larger than any buffer on the way, so the gateway has started
     * its request to the service, and its clock is running, long before the body is complete.
     */
    private static final class StallingStream extends java.io.InputStream {

        private final int half;
        private final Duration stall;
        private long firstRead;
        private int given;

        StallingStream(int half, Duration stall) {
            this.half = half;
            this.stall = stall;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in chunks");
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (given == 2 * half) {
                return -1;
            }
            if (given == 0) {
                firstRead = System.nanoTime();
            }
            if (given == half) {
                long due = firstRead + stall.toNanos();
                await("the read timeout to pass while the body is being sent").atMost(stall.plusSeconds(5))
                        .pollInterval(Duration.ofMillis(50)).until(() -> System.nanoTime() >= due);
            }
            int n = Math.min(length, (given < half ? half : 2 * half) - given);
            java.util.Arrays.fill(into, offset, offset + n, (byte) 'x');
            given += n;
            return n;
        }
    }
}
