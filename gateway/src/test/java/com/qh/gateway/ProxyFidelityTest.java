package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the proxy filter passes and what it keeps back, byte for byte where it matters: the raw path and query,
 * hop-by-hop headers in both directions, the forwarding headers, the correlation id once, a large answer whole, and
 * a chunked body over the size limit refused before it reaches a service. Raw sockets where the JDK's client would
 * refuse to send or would hide a header.
 */
class ProxyFidelityTest extends GatewayIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void passesThePathAndQueryAsEncodedAndKeepsHopByHopHeadersBack() throws IOException {
        String target = "/api/v1/profile/caf%C3%A9?q=x%2By&empty=&list=1,2";
        profile.stubFor(get(urlEqualTo(target)).willReturn(okJson("{}")));

        String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + authorization()
                + "Keep-Alive: timeout=5\r\nProxy-Authorization: Basic YTpi\r\nTE: trailers\r\nX-Custom: kept\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200");
        profile.verify(getRequestedFor(urlEqualTo(target))
                .withHeader("X-Custom", equalTo("kept"))
                .withHeader("Keep-Alive", absent())
                .withHeader("Proxy-Authorization", absent())
                .withHeader("TE", absent())
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + port))
                .withHeader("X-Forwarded-Port", equalTo(Integer.toString(port))));
    }

    @Test
    void keepsTheAnswersHopByHopHeadersBackAndPassesTheRest() throws IOException {
        profile.stubFor(get(urlEqualTo("/api/v1/profile/headers")).willReturn(okJson("{}")
                .withHeader("Keep-Alive", "timeout=99").withHeader("Proxy-Authenticate", "Basic")
                .withHeader("X-Service", "yes").withHeader("Set-Cookie", "a=1").withHeader("Set-Cookie", "b=2")));

        String answer = raw("GET /api/v1/profile/headers HTTP/1.1\r\nHost: localhost\r\n" + authorization()
                + "Connection: close\r\n\r\n");

        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).startsWith("http/1.1 200").contains("\r\nx-service: yes").contains("\r\nset-cookie: a=1")
                .contains("\r\nset-cookie: b=2").doesNotContain("timeout=99").doesNotContain("proxy-authenticate");
    }

    @Test
    void sendsTheCorrelationIdOnceWhenTheServiceEchoesIt() {
        profile.stubFor(get(urlEqualTo("/api/v1/profile/echo")).willReturn(okJson("{}")
                .withHeader("X-Correlation-Id", "echo-7")));

        HttpResponse<String> response = send(request("/api/v1/profile/echo").header("Authorization", authorizationValue())
                .header("X-Correlation-Id", "echo-7"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("echo-7");
    }

    @Test
    void passesAnAnswerLargerThanItsReadAheadWhole() throws Exception {
        byte[] large = new byte[1024 * 1024 + 17];
        new Random(7).nextBytes(large);
        profile.stubFor(get(urlEqualTo("/api/v1/profile/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(large)));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request("/api/v1/profile/export")
                .header("Authorization", authorizationValue()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(large);
    }

    @Test
    void refusesAChunkedBodyOverTheSizeLimitBeforeAnyServiceSeesIt() throws IOException {
        profile.stubFor(post(anyUrl()).willReturn(okJson("{}")));
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(("POST /api/v1/profile/me HTTP/1.1\r\nHost: localhost\r\n" + authorization()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int i = 0; i < 20; i++) {   // 1.25 MiB against the default 1 MB
            request.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(chunk);
            request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        String answer = raw(request.toByteArray());

        assertThat(answer).startsWith("HTTP/1.1 413").contains("https://qh.dev/problems/payload-too-large");
        profile.verify(0, postRequestedFor(urlEqualTo("/api/v1/profile/me")));
    }

    /** Proxied requests are still timed (the dashboards' http.server.requests), with no long-task timer beside it. */
    @Test
    void timesProxiedRequestsWithoutALongTaskTimer() {
        profile.stubFor(get(urlEqualTo("/api/v1/profile/timed")).willReturn(okJson("{}")));

        assertThat(send(request("/api/v1/profile/timed").header("Authorization", authorizationValue())).statusCode())
                .isEqualTo(200);

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(meters.find("http.server.requests")
                .tag("status", "200").tag("method", "GET").timers()).isNotEmpty());
        assertThat(meters.find("http.server.requests.active").longTaskTimers()).isEmpty();
    }

    private static String authorization() {
        return "Authorization: " + authorizationValue() + "\r\n";
    }

    private static String authorizationValue() {
        return bearer(TestTokens.validToken(TestTokens.newUserId()));
    }

    private String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.US_ASCII));
    }

    private String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            }
            catch (IOException refusedEarly) {
                // The gateway may answer and close before the whole body is sent; its answer is still there to read.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
