package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest extends GatewayIntegrationTest {

    @Test
    void refusesTheEleventhSignInWithinAMinuteFromOneAddress() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login")).willReturn(okJson("{}")));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(signIn("203.0.113.10").statusCode());
        }

        HttpResponse<String> refused = signIn("203.0.113.10");

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body())
                .contains("\"type\":\"https://qh.dev/problems/rate-limited\"")
                .contains("\"limit\":\"credentials\"");
        auth.verify(10, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
    }

    @Test
    void countsSignInsOfEachAddressSeparately() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login")).willReturn(okJson("{}")));
        for (int i = 0; i < 11; i++) {
            signIn("203.0.113.20");
        }

        assertThat(signIn("203.0.113.21").statusCode()).isEqualTo(200);
    }

    @Test
    void reportsTheAllowanceLeftOnEveryAnswer() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login")).willReturn(okJson("{}")));

        HttpResponse<String> first = signIn("203.0.113.30");
        HttpResponse<String> second = signIn("203.0.113.30");

        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("9");
        assertThat(second.headers().firstValue("X-RateLimit-Remaining")).hasValue("8");
    }

    @Test
    void limitsPollingToSixAMinutePerUser() {
        profile.stubFor(get(urlPathMatching("/api/v1/analysis/.*")).willReturn(okJson("{\"state\":\"RUNNING\"}")));
        String polling = TestTokens.validToken(TestTokens.newUserId());
        String other = TestTokens.validToken(TestTokens.newUserId());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(poll(polling).statusCode());
        }

        HttpResponse<String> refused = poll(polling);

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"limit\":\"polling\"");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(poll(other).statusCode()).isEqualTo(200);
    }

    @Test
    void countsSignInsFromAnywhereInOneIpv6Slash64AsOneClient() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login")).willReturn(okJson("{}")));
        for (int i = 1; i <= 10; i++) {
            assertThat(signIn("2001:db8:5:7::" + Integer.toHexString(i)).statusCode()).isEqualTo(200);
        }

        assertThat(signIn("2001:db8:5:7:ffff:ffff:ffff:fffe").statusCode()).isEqualTo(429);
        assertThat(signIn("2001:db8:5:8::1").statusCode()).as("another /64").isEqualTo(200);
    }

    @Test
    void refusesTheThirtyFirstShareLinkOpenedWithinAMinuteFromOneAddress() {
        profile.stubFor(get(urlPathMatching("/api/v1/documents/shared/.*")).willReturn(okJson("{}")));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(openShareLink("198.51.100.90", "link-" + i).statusCode());
        }

        HttpResponse<String> refused = openShareLink("198.51.100.90", "link-30");

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"limit\":\"shared-documents\"");
        assertThat(openShareLink("198.51.100.91", "link-0").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesTheSixthAccountDeletionAttemptWithinAMinuteOfOneUser() {
        auth.stubFor(delete(urlEqualTo("/api/v1/auth/me")).willReturn(unauthorized()));
        String token = TestTokens.validToken(TestTokens.newUserId());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(deleteAccount(token).statusCode());
        }

        HttpResponse<String> refused = deleteAccount(token);

        assertThat(statuses).containsOnly(401);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"limit\":\"account-deletion\"");
    }

    private HttpResponse<String> deleteAccount(String token) {
        return send(request("/api/v1/auth/me").header("Authorization", bearer(token))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"password\":\"guess\"}")));
    }

    private HttpResponse<String> openShareLink(String clientAddress, String token) {
        return send(request("/api/v1/documents/shared/" + token).header("X-Forwarded-For", clientAddress));
    }

    private HttpResponse<String> signIn(String clientAddress) {
        return send(request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"jane@example.org\",\"password\":\"x\"}")));
    }

    private HttpResponse<String> poll(String token) {
        return send(request("/api/v1/analysis/3f1c").header("Authorization", bearer(token)));
    }
}
