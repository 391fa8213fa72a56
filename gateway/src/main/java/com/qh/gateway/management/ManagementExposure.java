package com.qh.gateway.management;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Exposes only {@code health} while the actuator shares the gateway's main port: that port is the internet's, and
 * the platform starter leaves {@code /actuator/prometheus} and {@code /actuator/info} open to anyone (fine on a
 * management port only the cluster reaches, not here). With {@code management.server.port} set to a port of its
 * own the starter's list (health, info, prometheus) stands, and the scraper reads metrics there. Added as the
 * first property source on purpose: no setting can put metrics back on the public port by mistake.
 */
public class ManagementExposure implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "qhGatewayManagementExposure";
    static final String EXPOSURE = "management.endpoints.web.exposure.include";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Integer managementPort = port(environment, "management.server.port");
        Integer mainPort = port(environment, "server.port");
        boolean ownPort = managementPort != null && managementPort != -1
                && (managementPort == 0 || !Objects.equals(managementPort, mainPort == null ? 8080 : mainPort));
        if (!ownPort) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, Map.of(EXPOSURE, "health")));
        }
    }

    private static Integer port(ConfigurableEnvironment environment, String name) {
        String value = environment.getProperty(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        }
        catch (NumberFormatException e) {
            // Spring Boot reports the unusable value itself when it binds it.
            return null;
        }
    }
}
