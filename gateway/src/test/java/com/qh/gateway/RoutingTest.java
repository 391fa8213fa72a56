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
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class RoutingTest extends GatewayIntegrationTest {

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
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
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
        int chunks = 10;
        byte[] chunk = new byte[1024];

        HttpResponse<String> response = send(request("/api/v1/profile/photo").header("Authorization", bearer(token))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SlowStream(chunk, chunks)), (long) chunk.length * chunks)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(profile.findAll(postRequestedFor(urlEqualTo("/api/v1/profile/photo"))))
                .singleElement().satisfies(received -> assertThat(received.getBody()).hasSize(chunk.length * chunks));
    }

    /** Gives one chunk every half second: {@code chunks} of them take longer than the gateway's read timeout. */
    private static final class SlowStream extends java.io.InputStream {

        private final byte[] chunk;
        private int left;

        SlowStream(byte[] chunk, int chunks) {
            this.chunk = chunk;
            this.left = chunks;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in chunks");
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            try {
                Thread.sleep(500);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            left--;
            int n = Math.min(length, chunk.length);
            System.arraycopy(chunk, 0, into, offset, n);
            return n;
        }
    }

    @Test
    void servesTheWebUiWithoutAToken() {
        HttpResponse<String> response = send(request("/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>QH</title>").contains("/swagger-ui.html");
    }
}
