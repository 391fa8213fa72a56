package com.qh.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** In the shared context the vacancy service is down, so the gateway as a whole is not ready. */
class HealthTest extends GatewayIntegrationTest {

    @Test
    void reportsDownWhileAServiceBehindItIsDown() {
        HttpResponse<String> response = send(request("/actuator/health"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"backends\"").contains("\"vacancy\"");
    }

    @Test
    void isNotReadyWhileAServiceBehindItIsDown() {
        HttpResponse<String> response = send(request("/actuator/health/readiness"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"");
    }

    @Test
    void staysAliveWhatever() {
        HttpResponse<String> response = send(request("/actuator/health/liveness"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("backends");
    }
}
