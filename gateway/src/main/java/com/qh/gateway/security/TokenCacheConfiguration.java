package com.qh.gateway.security;

import com.qh.platform.security.SecurityProperties;
import com.qh.platform.security.TokenDenylist;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The gateway's {@link JwtDecoder}, in place of the starter's: the same Nimbus decoder against auth's JWKS with the
 * platform's checks, behind a cache of verified tokens ({@link CachingJwtDecoder}); {@code
 * qh.gateway.token-cache.maximum-size} (default 10,000 tokens) bounds it. Every service behind the gateway still
 * verifies the token itself; the cache only spares the edge from verifying it again on each request.
 */
@Configuration(proxyBeanMethods = false)
class TokenCacheConfiguration {

    @Bean
    JwtDecoder gatewayJwtDecoder(SecurityProperties properties, TokenDenylist denylist, Environment environment,
            Clock clock, ObjectProvider<MeterRegistry> meters,
            @Value("${qh.gateway.token-cache.maximum-size:10000}") long maximumSize) {
        return CachingJwtDecoder.verifyingAgainst(properties.jwksUri(), properties.issuer(),
                environment.getProperty("spring.application.name"), denylist, clock, maximumSize,
                meters.getIfAvailable());
    }
}
