package com.qh.platform.grpc;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns on HTTP/2 (cleartext h2c beside HTTP/1.1) on the service's Tomcat, which gRPC on the HTTP port needs;
 * as the last property source, so a service or an environment variable may still turn it off.
 */
class Http2ByDefault implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("qhGrpcDefaults",
                Map.of("server.http2.enabled", "true")));
    }
}
