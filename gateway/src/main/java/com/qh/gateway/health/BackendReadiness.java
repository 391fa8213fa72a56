package com.qh.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Whether one service answers its readiness probe with {@code UP}. A service that is down, refuses the
 * connection, times out or answers anything else makes this {@code DOWN}.
 */
final class BackendReadiness implements HealthIndicator {

    private final URI probe;
    private final RestClient http;

    BackendReadiness(URI serviceUrl, HealthCheckProperties properties) {
        this.probe = URI.create(serviceUrl + properties.path());
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requestFactory).build();
    }

    @Override
    public Health health() {
        try {
            Map<?, ?> body = http.get().uri(probe).accept(MediaType.APPLICATION_JSON).retrieve().body(Map.class);
            Object status = body == null ? null : body.get("status");
            return "UP".equals(status)
                    ? Health.up().withDetail("url", probe.toString()).build()
                    : Health.down().withDetail("url", probe.toString()).withDetail("status", String.valueOf(status))
                            .build();
        }
        catch (RestClientResponseException e) {
            // A not-ready service answers 503 with its own status document.
            return Health.down().withDetail("url", probe.toString())
                    .withDetail("httpStatus", e.getStatusCode().value()).build();
        }
        catch (RuntimeException e) {
            return Health.down().withDetail("url", probe.toString())
                    .withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
