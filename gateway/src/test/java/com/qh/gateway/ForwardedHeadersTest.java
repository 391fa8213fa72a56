package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 7239 {@code Forwarded} from a trusted proxy (here the test client on loopback): understood like
 * {@code X-Forwarded-*}, and never a 500 (issue 21, item 3).
 */
class ForwardedHeadersTest extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = { "proto=https", "host=qh.example.org", "for=192.0.2.60;proto=https;host=qh.example.org",
            "for=\"[2001:db8::1]:4711\"", "proto=gopher", "host=\"bad host\"", "for=unknown, for=_hidden",
            "for=\"unterminated", "=;;,,", "for=192.0.2.1;for=192.0.2.2", "proto=https, host=a.example" })
    void signsInAnonymouslyWhateverTheForwardedHeaderSays(String forwarded) {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login")).willReturn(okJson("{}")));

        HttpResponse<String> response = send(request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .header("Forwarded", forwarded)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void passesTheClientSchemeAndHostOfATrustedProxysForwardedHeaderOnAsXForwardedHeaders() {
        LoggedRequest received = jwksRequestedWith("for=198.51.100.77;proto=https;host=qh.example.org");

        assertThat(received.getHeader("X-Forwarded-For")).endsWith("198.51.100.77");
        assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(received.getHeader("X-Forwarded-Host")).isEqualTo("qh.example.org");
    }

    @Test
    void takesTheClientFromTheLastElementNotAddedByATrustedProxy() {
        LoggedRequest received = jwksRequestedWith(
                "for=203.0.113.99;host=evil.example, for=198.51.100.78;proto=https;host=qh.example.org, for=127.0.0.1");

        assertThat(received.getHeader("X-Forwarded-For")).endsWith("198.51.100.78");
        assertThat(received.getHeader("X-Forwarded-Host")).isEqualTo("qh.example.org");
    }

    @Test
    void neverPassesTheForwardedHeaderOnToServices() {
        LoggedRequest received = jwksRequestedWith("for=198.51.100.79;proto=https;host=qh.example.org");

        assertThat(received.containsHeader("Forwarded")).isFalse();
    }

    @Test
    void prefersTheXForwardedForOfAProxyThatSentBoth() {
        auth.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(TestTokens.jwks())));

        send(request("/.well-known/jwks.json").header("X-Forwarded-For", "198.51.100.80")
                .header("Forwarded", "for=203.0.113.80"));

        List<LoggedRequest> requests = auth.findAll(getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
        assertThat(requests.get(requests.size() - 1).getHeader("X-Forwarded-For"))
                .endsWith("198.51.100.80").doesNotContain("203.0.113.80");
    }

    private LoggedRequest jwksRequestedWith(String forwarded) {
        auth.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(TestTokens.jwks())));

        HttpResponse<String> response = send(request("/.well-known/jwks.json").header("Forwarded", forwarded));

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> requests = auth.findAll(getRequestedFor(urlEqualTo("/.well-known/jwks.json"))
                .withHeader("X-Forwarded-For", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }
}
