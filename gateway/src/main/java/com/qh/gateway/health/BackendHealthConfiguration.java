package com.qh.gateway.health;

import com.qh.gateway.routing.Backend;
import com.qh.gateway.routing.Backends;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@code backends}: one readiness check per service the gateway routes to. */
@Configuration(proxyBeanMethods = false)
class BackendHealthConfiguration {

    @Bean
    CompositeHealthContributor backends(Backends backends, HealthCheckProperties properties) {
        Map<String, HealthContributor> services = new LinkedHashMap<>();
        for (Backend backend : backends.all()) {
            if (backend.health()) {
                services.put(backend.name(), new BackendReadiness(backend.url(), properties));
            }
        }
        return CompositeHealthContributor.fromMap(services);
    }
}
