package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With the actuator on the main port (no management port, as in the default run), only health is there. */
class ActuatorExposureTest extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/env" })
    void keepsMetricsAndBuildInfoOffTheMainPort(String path) {
        HttpResponse<String> response = send(request(path));

        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.body()).doesNotContain("jvm_").doesNotContain("\"_links\"");
    }

    @Test
    void answersHealthWithoutAToken() {
        assertThat(send(request("/actuator/health/liveness")).statusCode()).isEqualTo(200);
    }

    @Test
    void routesNoServicesActuator() {
        send(request("/actuator/prometheus"));
        send(request("/actuator/health/readiness"));

        profile.verify(0, anyRequestedFor(urlPathMatching("/actuator/prometheus")));
        auth.verify(0, anyRequestedFor(urlPathMatching("/actuator/prometheus")));
    }
}
