package com.qh.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CorsTest extends GatewayIntegrationTest {

    @Test
    void allowsPreflightFromAConfiguredOriginWithoutAToken() {
        HttpResponse<String> response = send(preflight(DEV_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DEV_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("PUT"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("authorization"));
    }

    @Test
    void refusesPreflightFromAnyOtherOrigin() {
        HttpResponse<String> response = send(preflight("https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest.Builder preflight(String origin) {
        return request("/api/v1/profile/me")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type");
    }
}
