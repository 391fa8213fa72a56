package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that is not a trusted proxy (loopback is not in {@code qh.trusted-proxies} here) cannot choose its
 * address, scheme or host with forwarding headers: not for rate limits, not for the services (issue 21, item 10).
 */
@TestPropertySource(properties = { ProductionDefaultsTest.TRUSTED_PROXIES, ProductionDefaultsTest.API_DOCS })
class UntrustedForwardingTest extends GatewayIntegrationTest {

    @Test
    void ignoresForwardingHeadersFromAClientThatIsNotATrustedProxy() {
        auth.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(TestTokens.jwks())));

        HttpResponse<String> response = send(request("/.well-known/jwks.json")
                .header("X-Forwarded-For", "10.1.2.3")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Real-IP", "10.1.2.4")
                .header("Forwarded", "for=10.1.2.5;host=evil.example;proto=https"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> requests = auth.findAll(getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
        LoggedRequest received = requests.get(requests.size() - 1);
        assertThat(received.getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.getHeader("X-Forwarded-Host")).doesNotContain("evil.example");
        assertThat(received.containsHeader("Forwarded")).isFalse();
        assertThat(received.containsHeader("X-Real-IP")).isFalse();
    }

    @Test
    void countsAClientThatClaimsToForwardForOthersAsItself() {
        auth.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/v1/auth/login"))
                .willReturn(okJson("{}")));
        for (int i = 0; i < 10; i++) {
            assertThat(signInClaiming("10.9.0." + i).statusCode()).isEqualTo(200);
        }

        assertThat(signInClaiming("10.9.0.200").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> signInClaiming(String address) {
        return send(request("/api/v1/auth/login").header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    }
}
