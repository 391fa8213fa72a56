package com.qh.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app with, besides WireMock as the gateway's HTTP API, a real WebSocket server as the gateway's
 * notification socket ({@link GatewaySocket}). One Spring context for every test class that extends this.
 */
abstract class LiveTestBase extends WebAppTestBase {

    static final GatewaySocket socket = new GatewaySocket().start();

    @DynamicPropertySource
    static void liveSocket(DynamicPropertyRegistry registry) {
        registry.add("qh.web.live.socket-url", socket::url);
        // A tab that went away is noticed at the next heartbeat; short here so tests need not wait.
        registry.add("qh.web.live.heartbeat", () -> "200ms");
        registry.add("logging.level.com.qh.web.live", () -> "DEBUG");
    }

    @BeforeEach
    void freshSocket() {
        socket.reset();
    }
}
