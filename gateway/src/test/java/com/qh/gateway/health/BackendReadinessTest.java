package com.qh.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class BackendReadinessTest {

    private static final WireMockServer service = new WireMockServer(options().dynamicPort());
    private static final HealthCheckProperties SHORT_TIMEOUTS =
            new HealthCheckProperties(Duration.ofMillis(500), Duration.ofMillis(500), "/actuator/health/readiness");

    @BeforeAll
    static void start() {
        service.start();
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @BeforeEach
    void reset() {
        service.resetAll();
    }

    @Test
    void isUpWhenTheServiceSaysItIsReady() {
        serviceAnswers(200, "{\"status\":\"UP\"}");

        assertThat(readiness().health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void isDownWhenTheServiceSaysItIsNotReady() {
        serviceAnswers(503, "{\"status\":\"OUT_OF_SERVICE\"}");

        assertThat(readiness().health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void isDownWhenTheServiceAnswersTooSlowly() {
        service.stubFor(get(urlEqualTo("/actuator/health/readiness"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(2_000).withBody("{\"status\":\"UP\"}")));

        assertThat(readiness().health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void isDownWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        BackendReadiness readiness = new BackendReadiness(URI.create("http://127.0.0.1:" + port), SHORT_TIMEOUTS);

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private BackendReadiness readiness() {
        return new BackendReadiness(URI.create(service.baseUrl()), SHORT_TIMEOUTS);
    }

    private static void serviceAnswers(int status, String body) {
        service.stubFor(get(urlEqualTo("/actuator/health/readiness")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }
}
