package com.qh.gateway.websocket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay's answer when the service's side of a WebSocket cannot be opened, against real servers: a service
 * that refuses the handshake is the caller's problem (its 4xx is passed on), one that fails is a 502, and only
 * one that cannot be reached is a 503.
 */
class WebSocketRelayFailureTest {

    private static final String PATH = "/api/v1/notifications/ws";
    private static final WireMockServer service = new WireMockServer(options().dynamicPort());
    private static Socket deadPort;

    @BeforeAll
    static void start() throws Exception {
        service.start();
        // Bound, never listening: connections are refused at once.
        deadPort = new Socket();
        deadPort.bind(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() throws Exception {
        service.stop();
        deadPort.close();
    }

    @Test
    void answersA503ProblemWithRetryAfterWhenTheServiceCannotBeReached() throws Exception {
        MockHttpServletResponse answer = handshakeThrough("http://127.0.0.1:" + deadPort.getLocalPort());

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getHeader("Retry-After")).isEqualTo("5");
        assertThat(answer.getContentAsString()).contains("\"type\":\"https://qh.dev/problems/service-unavailable\"")
                .contains("\"service\":\"notification\"").contains("\"instance\":\"" + PATH + "\"");
    }

    @Test
    void passesOnAServiceRefusalWithItsOwnStatus() throws Exception {
        service.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));

        MockHttpServletResponse answer = handshakeThrough(service.baseUrl());

        assertThat(answer.getStatus()).isEqualTo(401);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.getContentAsString()).contains("\"type\":\"https://qh.dev/problems/unauthorized\"")
                .doesNotContain("secret-token");
    }

    @Test
    void passesOnOtherClientErrorsOfTheService() throws Exception {
        service.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429)));

        MockHttpServletResponse answer = handshakeThrough(service.baseUrl());

        assertThat(answer.getStatus()).isEqualTo(429);
        assertThat(answer.getContentAsString()).contains("\"type\":\"https://qh.dev/problems/websocket-refused\"")
                .contains("\"status\":429");
    }

    @Test
    void answersA502ProblemWhenTheServiceFailsTheHandshake() throws Exception {
        service.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)
                .withBody("java.lang.IllegalStateException: boom")));

        MockHttpServletResponse answer = handshakeThrough(service.baseUrl());

        assertThat(answer.getStatus()).isEqualTo(502);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getContentAsString()).contains("\"type\":\"https://qh.dev/problems/bad-gateway\"")
                .doesNotContain("Exception");
    }

    private static MockHttpServletResponse handshakeThrough(String serviceUrl) throws Exception {
        WebSocketRelay relay = new WebSocketRelay("notification", URI.create(serviceUrl),
                new StandardWebSocketClient(), JsonMapper.builder().build());
        MockHttpServletRequest browser = new MockHttpServletRequest("GET", PATH);
        browser.setQueryString("access_token=secret-token");
        browser.addHeader("Upgrade", "websocket");
        MockHttpServletResponse answer = new MockHttpServletResponse();

        boolean upgraded = relay.beforeHandshake(new ServletServerHttpRequest(browser),
                new ServletServerHttpResponse(answer), relay, new HashMap<>());

        assertThat(upgraded).isFalse();
        return answer;
    }
}
