package com.qh.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import com.qh.platform.security.QhJwtValidators;
import com.qh.platform.security.TokenDenylist;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies an RS256 access token once and then remembers it until its {@code exp}: the same token on the next
 * request skips parsing and the signature (the gateway's largest per-request cost), but every request still runs
 * {@code checks} (denylist, issuer, expiry against {@code clock}), so a revoked token is refused at once and an
 * expired one as soon as it expires. Entries are keyed by the token itself (the cached {@link Jwt} holds it anyway;
 * a SHA-256 of it per request cost more than the rest of a cache hit), bounded in number, and dropped at their
 * token's expiry. Tokens without {@code exp} are never remembered (the checks refuse them anyway).
 */
public final class CachingJwtDecoder implements JwtDecoder {

    /** The platform's clock skew for {@code exp} ({@link QhJwtValidators}). */
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> checks;
    private final Clock clock;
    private final Cache<String, Jwt> verified;
    private final Counter verifications;
    private final Counter hits;

    /**
     * @param verifier parses, verifies the signature and runs {@code checks} (a Nimbus decoder)
     * @param checks   what every request must pass again, cached or not
     */
    public CachingJwtDecoder(JwtDecoder verifier, OAuth2TokenValidator<Jwt> checks, Clock clock, long maximumSize,
            MeterRegistry meters) {
        this.verifier = verifier;
        this.checks = checks;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String key, Jwt jwt) -> untilExpiry(jwt)))
                .build();
        MeterRegistry registry = meters != null ? meters : Metrics.globalRegistry;
        this.verifications = Counter.builder("qh.gateway.tokens")
                .tag("result", "verified")
                .description("Access tokens whose signature the gateway verified")
                .register(registry);
        this.hits = Counter.builder("qh.gateway.tokens")
                .tag("result", "cached")
                .description("Requests whose access token the gateway had already verified")
                .register(registry);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            check(known);
            hits.increment();
            return known;
        }
        Jwt jwt = verifier.decode(token);
        verifications.increment();
        if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private void check(Jwt jwt) {
        OAuth2TokenValidatorResult result = checks.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
    }

    private Duration untilExpiry(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * A Nimbus decoder against {@code jwks} with the platform's checks ({@link QhJwtValidators}) plus the expiry
     * against {@code clock}, behind a cache of at most {@code maximumSize} verified tokens ({@code 0}: no cache, every
     * request verified).
     */
    public static JwtDecoder verifyingAgainst(URI jwks, String issuer, String serviceName,
            TokenDenylist denylist, Clock clock, long maximumSize, MeterRegistry meters) {
        OAuth2TokenValidator<Jwt> checks = new DelegatingOAuth2TokenValidator<>(
                QhJwtValidators.standard(issuer, serviceName, denylist), notExpired(clock));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(jwks.toString()).build();
        nimbus.setJwtValidator(checks);
        if (maximumSize == 0) {
            return nimbus;
        }
        return new CachingJwtDecoder(nimbus, checks, clock, maximumSize, meters);
    }

    /** {@code exp} against {@code clock}, with the same skew the platform's checks allow. */
    private static OAuth2TokenValidator<Jwt> notExpired(Clock clock) {
        return jwt -> jwt.getExpiresAt() != null && clock.instant().minus(SKEW).isBefore(jwt.getExpiresAt())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token expired",
                        null));
    }
}
