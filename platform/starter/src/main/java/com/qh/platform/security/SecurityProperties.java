package com.qh.platform.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks access tokens.
 *
 * @param jwksUri where auth publishes its public keys
 * @param issuer the {@code iss} every token must carry
 * @param publicPaths path patterns open without a token, besides health, metrics and API docs
 */
@ConfigurationProperties("qh.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:8081/.well-known/jwks.json") URI jwksUri,
        @DefaultValue("qh") String issuer,
        @DefaultValue List<String> publicPaths) {
}
