package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The web app as the catalog's fallback (issue 19): every page path reaches it unchanged and without a token, its
 * cookies and security headers come back as it sent them, and the API, the actuator and the API documents never
 * reach it, whatever no service routes.
 */
class WebFallbackTest extends GatewayIntegrationTest {

    private static final String PAGE_HEADERS_CSP = "default-src 'self'; frame-ancestors 'none'";

    @ParameterizedTest
    @ValueSource(strings = { "/", "/profile", "/verify-email?token=x", "/css/site.css", "/sign-in/code",
            "/notifications/read-all" })
    void answersPagePathsFromTheWebAppUnchangedWithoutAToken(String path) {
        web.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withHeader("Content-Security-Policy", PAGE_HEADERS_CSP)
                .withBody("<html><title>QH web</title></html>")));

        HttpResponse<String> response = send(request(path));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>QH web</title>");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(PAGE_HEADERS_CSP);
        web.verify(getRequestedFor(urlEqualTo(path))
                .withHeader("X-Forwarded-For", matching(".*127\\.0\\.0\\.1.*"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + port)));
    }

    @Test
    void passesTheWebAppsSessionCookieAndRedirectBackAsSent() {
        String cookie = "qh_session=abc123; Path=/; HttpOnly; SameSite=Lax";
        web.stubFor(post(urlEqualTo("/sign-in")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/profile")
                .withHeader("Set-Cookie", cookie)));

        HttpResponse<String> response = send(request("/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "qh_session=before")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=t&email=jane%40example.org&password=pw")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/profile");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly(cookie);
        web.verify(postRequestedFor(urlEqualTo("/sign-in")).withHeader("Cookie", equalTo("qh_session=before"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void letsABrowserWithAStaleBearerHeaderStillSeeThePages() {
        web.stubFor(get(urlEqualTo("/account")).willReturn(aResponse().withStatus(200).withBody("account")));

        HttpResponse<String> response = send(request("/account").header("Authorization", "Bearer not-a-token"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("account");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/nothing-routes-this", "/api", "/actuator/env", "/.well-known/openid-configuration",
            "/internal/v1/auth/service-token", "/API/V1/AUTH/ADMIN/USERS", "/error",
            // Refused by the firewall, then dispatched to /error: the gateway's problem document, not the web app's.
            "/api/v1/profile/..;/auth/admin/users", "/api/v1/auth//admin/users", "//internal/v1/auth/service-token" })
    void neverSendsTheApiOrTheEdgesOwnPathsToTheWebApp(String path) {
        web.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("web")));

        HttpResponse<String> response = send(request(path));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("web");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        web.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stillAsksForATokenOnTheApi() {
        HttpResponse<String> response = send(request("/api/v1/profile/me"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("application/problem+json"));
    }

    @Test
    void letsServiceRoutesWinOverTheFallback() {
        profile.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{\"displayName\":\"Jane\"}")));
        String token = TestTokens.validToken(TestTokens.newUserId());

        HttpResponse<String> response = send(request("/api/v1/profile/me").header("Authorization", bearer(token)));

        assertThat(response.body()).contains("Jane");
        web.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    /*
     * The web app signs people in by calling auth through the gateway from its own address (loopback in the default
     * run, which the gateway trusts there) with X-Forwarded-For naming the browser: each person keeps a sign-in
     * bucket of their own rather than all sharing the web app's.
     */
    @Test
    void keepsSignInLimitsPerPersonForTheWebAppsCallsBackThroughTheGateway() {
        auth.stubFor(post(urlEqualTo("/api/v1/auth/login")).willReturn(okJson("{\"accessToken\":\"a\"}")));
        for (int i = 0; i < 10; i++) {
            assertThat(signInForBrowserAt("198.51.100.120").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = signInForBrowserAt("198.51.100.120");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"limit\":\"credentials\"");
        assertThat(signInForBrowserAt("198.51.100.121").statusCode()).isEqualTo(200);
        auth.verify(postRequestedFor(urlEqualTo("/api/v1/auth/login"))
                .withHeader("X-Forwarded-For", matching("198\\.51\\.100\\.121(, *127\\.0\\.0\\.1)?")));
    }

    private HttpResponse<String> signInForBrowserAt(String browserAddress) {
        return send(request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", browserAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"jane@example.org\",\"password\":\"x\"}")));
    }
}
