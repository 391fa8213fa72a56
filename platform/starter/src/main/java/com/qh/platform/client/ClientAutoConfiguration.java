package com.qh.platform.client;

import java.net.URI;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Makes {@link ServiceClients} available to every service. */
@AutoConfiguration(after = com.qh.platform.security.SecurityAutoConfiguration.class,
        afterName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@EnableConfigurationProperties(ClientProperties.class)
public class ClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceTokens qhServiceTokens(Environment environment, ClientProperties properties, JsonMapper json, Clock clock) {
        return new ServiceTokens(URI.create(environment.getProperty("qh.services.auth.url", "http://localhost:8081")),
                environment.getProperty("qh.security.service-client.name",
                        environment.getProperty("spring.application.name", "qh")),
                environment.getProperty("qh.security.service-client.secret"), properties, json, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceClients qhServiceClients(RestClient.Builder builder, Environment environment, ClientProperties properties,
            ServiceTokens serviceTokens) {
        return new ServiceClients(builder, environment, properties, serviceTokens);
    }
}
