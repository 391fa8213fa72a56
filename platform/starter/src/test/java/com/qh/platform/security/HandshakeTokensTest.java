package com.qh.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class HandshakeTokensTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl";
    private static final URI SOCKET = URI.create("ws://localhost:8080/api/v1/notifications/live");

    @Test
    void readsTheBearerTokenOfTheAuthorizationHeader() {
        assertThat(HandshakeTokens.of(bearer("Bearer " + TOKEN), SOCKET)).contains(TOKEN);
        assertThat(HandshakeTokens.of(bearer("bearer " + TOKEN), SOCKET)).contains(TOKEN);
    }

    @Test
    void readsTheAccessTokenQueryParameterBrowsersSend() {
        URI uri = URI.create(SOCKET + "?lang=en&access_token=" + TOKEN);

        assertThat(HandshakeTokens.of(new HttpHeaders(), uri)).contains(TOKEN);
    }

    @Test
    void readsTheQueryParameterWhenTheHeaderIsAnotherScheme() {
        URI uri = URI.create(SOCKET + "?access_token=" + TOKEN);

        assertThat(HandshakeTokens.of(bearer("Basic YWRhOnNlY3JldA=="), uri)).contains(TOKEN);
    }

    @Test
    void findsNoTokenInAHandshakeWithoutOne() {
        assertThat(HandshakeTokens.of(new HttpHeaders(), SOCKET)).isEmpty();
        assertThat(HandshakeTokens.of(new HttpHeaders(), URI.create(SOCKET + "?access_token="))).isEmpty();
        assertThat(HandshakeTokens.of(bearer("Bearer "), SOCKET)).isEmpty();
    }

    @Test
    void refusesAMalformedBearerHeader() {
        assertThat(HandshakeTokens.of(bearer("Bearer not a token"), SOCKET)).isEmpty();
    }

    @Test
    void refusesATokenSentBothWaysAsRfc6750Requires() {
        URI uri = URI.create(SOCKET + "?access_token=" + TOKEN);

        assertThat(HandshakeTokens.of(bearer("Bearer " + TOKEN), uri)).isEmpty();
    }

    @Test
    void refusesTwoAccessTokenParameters() {
        URI uri = URI.create(SOCKET + "?access_token=" + TOKEN + "&access_token=" + TOKEN);

        assertThat(HandshakeTokens.of(new HttpHeaders(), uri)).isEmpty();
    }

    private static HttpHeaders bearer(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        return headers;
    }
}
