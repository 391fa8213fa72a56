package com.qh.gateway.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway asks services whether they are ready.
 *
 * @param connectTimeout longest wait to reach a service
 * @param readTimeout longest wait for its answer
 * @param path the readiness probe every service publishes
 */
@ConfigurationProperties("qh.gateway.health")
public record HealthCheckProperties(
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout,
        @DefaultValue("/actuator/health/readiness") String path) {
}
