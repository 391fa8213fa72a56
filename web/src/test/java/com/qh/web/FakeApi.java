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
