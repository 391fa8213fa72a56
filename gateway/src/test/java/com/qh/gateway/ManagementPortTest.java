package com.qh.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/** Production: the actuator on a port of its own (QH_MANAGEMENT_PORT), metrics there and not on the main port. */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTest extends GatewayIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void servesMetricsOnTheManagementPortOnly() {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus")));

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_");
        assertThat(send(request("/actuator/prometheus")).statusCode()).isIn(401, 404);
    }

    @Test
    void answersProbesOnTheManagementPort() {
        HttpResponse<String> liveness = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/health/liveness")));

        assertThat(liveness.statusCode()).isEqualTo(200);
    }
}
