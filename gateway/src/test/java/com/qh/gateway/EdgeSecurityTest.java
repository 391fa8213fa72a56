package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeSecurityTest extends GatewayIntegrationTest {

    @Test
    void refusesProtectedPathWithoutTokenBeforeReachingTheService() {
        HttpResponse<String> response = send(request("/api/v1/profile/me"));

        assertUnauthorized(response);
        profile.verify(0, anyRequestedFor(urlPathMatching("/api/v1/.*")));
    }

    @Test
    void refusesTamperedToken() {
        assertUnauthorized(profileMeWith(TestTokens.tamperedToken(TestTokens.newUserId())));
    }

    @Test
    void refusesExpiredToken() {
        assertUnauthorized(profileMeWith(TestTokens.expiredToken(TestTokens.newUserId())));
    }

    @Test
    void refusesUnsignedAlgNoneToken() {
        assertUnauthorized(profileMeWith(TestTokens.unsignedToken(TestTokens.newUserId())));
    }

    @Test
    void refusesTokenSignedWithAKeyAuthNeverPublished() {
        assertUnauthorized(profileMeWith(TestTokens.tokenSignedByStranger(TestTokens.newUserId())));
    }

    @Test
    void acceptsTokenSignedByAuth() {
        profile.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{}")));

        assertThat(profileMeWith(TestTokens.validToken(TestTokens.newUserId())).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
            "/api/v1/auth/verify-email", "/api/v1/auth/verify-email/resend", "/api/v1/auth/password/forgot",
            "/api/v1/auth/password/reset" })
    void letsSignInAndRecoveryEndpointsThroughWithoutToken(String path) {
        auth.stubFor(post(urlEqualTo(path)).willReturn(okJson("{}")));

        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100." + Math.abs(path.hashCode() % 250))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void publishesAuthKeysWithoutToken() {
        HttpResponse<String> response = send(request("/.well-known/jwks.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kid\":\"auth-key-1\"");
    }

    @Test
    void keepsLogoutBehindAToken() {
        HttpResponse<String> response = send(request("/api/v1/auth/logout")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertUnauthorized(response);
    }

    private HttpResponse<String> profileMeWith(String token) {
        return send(request("/api/v1/profile/me").header("Authorization", bearer(token)));
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://qh.dev/problems/unauthorized\"");
    }
}
