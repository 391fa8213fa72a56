package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The gateway's public API as the web app sees it: a real HTTP server (WireMock) answering what QH's services answer,
 * with the fixtures named by what they stand for.
 */
final class FakeApi {

    static final String ACCESS = "access-token-of-vera";
    static final String REFRESH = "refresh-token-of-vera";

    final WireMockServer server = new WireMockServer(options().dynamicPort().gzipDisabled(true));

    FakeApi start() {
        server.start();
        return this;
    }

    String url() {
        return server.baseUrl();
    }

    void reset() {
        server.resetAll();
    }

    /** Vera's password is right: a token pair, and /me tells who she is. */
    void veraSignsIn(int expiresIn) {
        server.stubFor(post("/api/v1/auth/login")
                .withRequestBody(equalToJson("{\"email\": \"vera@example.org\", \"password\": \"correct horse\"}"))
                .willReturn(okJson(tokens(ACCESS, REFRESH, expiresIn))));
        server.stubFor(get("/api/v1/auth/me").withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .willReturn(okJson(veraAccount())));
    }

    /** Vera is an admin too. */
    void veraIsAdmin() {
        server.stubFor(get("/api/v1/auth/me").atPriority(1).willReturn(okJson(veraAccount()
                .replace("\"roles\": [\"USER\"]", "\"roles\": [\"USER\", \"ADMIN\"]"))));
    }

    static String users() {
        return """
                {"items": [
                  {"id": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11", "email": "vera@example.org", "displayName": "Vera Sokolova",
                   "emailVerified": true, "roles": ["USER", "ADMIN"], "enabled": true, "createdAt": "2026-10-01T09:00:00Z"},
                  {"id": "1c2d3e4f-0000-4000-8000-000000000002", "email": "ivan@example.org", "displayName": "Ivan Petrov",
                   "emailVerified": false, "roles": ["USER"], "enabled": false, "createdAt": "2026-11-15T09:00:00Z"}],
                 "page": 0, "size": 25, "total": 2}""";
    }

    static String tokens(String access, String refresh, int expiresIn) {
        return "{\"accessToken\": \"" + access + "\", \"refreshToken\": \"" + refresh + "\", \"expiresIn\": " + expiresIn
                + ", \"tokenType\": \"Bearer\"}";
    }

    static String veraAccount() {
        return """
                {"id": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11", "email": "vera@example.org",
                 "displayName": "Vera Sokolova", "locale": "ru", "emailVerified": true, "roles": ["USER"],
                 "enabled": true, "totpEnabled": false, "hasPassword": true}""";
    }

    /** An RFC 9457 document as the services write it. */
    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String slug,
            String detail, String errors) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://qh.dev/problems/" + slug + "\", \"title\": \"" + slug + "\", "
                        + "\"status\": " + status + ", \"detail\": \"" + detail + "\", \"errors\": [" + errors + "]}");
    }

    static String emptyVacancyList() {
        return "{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}";
    }
}
