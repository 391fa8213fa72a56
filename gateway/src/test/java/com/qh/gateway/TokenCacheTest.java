package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jwt.SignedJWT;
import com.qh.gateway.security.CachingJwtDecoder;
import com.qh.platform.security.InMemoryTokenDenylist;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The edge's cache of verified tokens against a real JWKS server (WireMock), the real in-memory denylist and a
 * clock the test moves: the signature is checked once per token, the denylist and the expiry on every use.
 */
class TokenCacheTest {

    private final WireMockServer jwksServer = new WireMockServer(options().dynamicPort());
    private final SettableClock clock = new SettableClock(Instant.now());
    private final InMemoryTokenDenylist denylist = new InMemoryTokenDenylist(clock);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private JwtDecoder decoder;

    @BeforeEach
    void start() {
        jwksServer.start();
        jwksServer.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(TestTokens.jwks())));
        decoder = CachingJwtDecoder.verifyingAgainst(URI.create(jwksServer.baseUrl() + "/.well-known/jwks.json"),
                TestTokens.ISSUER, "gateway", denylist, clock, 100, meters);
    }

    @AfterEach
    void stop() {
        jwksServer.stop();
    }

    @Test
    void verifiesTheSignatureOfATokenOnlyOnce() {
        String token = TestTokens.tokenExpiringAt(TestTokens.newUserId(), clock.instant().plus(Duration.ofMinutes(15)));

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);
        Jwt third = decoder.decode(token);

        assertThat(second.getSubject()).isEqualTo(first.getSubject());
        assertThat(third.getId()).isEqualTo(first.getId());
        assertThat(count("verified")).isEqualTo(1);
        assertThat(count("cached")).isEqualTo(2);
        jwksServer.verify(1, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
    }

    @Test
    void verifiesEachDistinctToken() {
        Instant expiresAt = clock.instant().plus(Duration.ofMinutes(15));

        decoder.decode(TestTokens.tokenExpiringAt(TestTokens.newUserId(), expiresAt));
        decoder.decode(TestTokens.tokenExpiringAt(TestTokens.newUserId(), expiresAt));

        assertThat(count("verified")).isEqualTo(2);
        assertThat(count("cached")).isZero();
    }

    @Test
    void refusesARevokedTokenAtOnceThoughItWasVerifiedBefore() throws ParseException {
        Instant expiresAt = clock.instant().plus(Duration.ofMinutes(15));
        String token = TestTokens.tokenExpiringAt(TestTokens.newUserId(), expiresAt);
        decoder.decode(token);

        denylist.revoke(SignedJWT.parse(token).getJWTClaimsSet().getJWTID(), expiresAt);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
        assertThat(count("verified")).isEqualTo(1);
    }

    @Test
    void refusesAnExpiredTokenThoughItWasVerifiedBefore() {
        Instant expiresAt = clock.instant().plus(Duration.ofMinutes(5));
        String token = TestTokens.tokenExpiringAt(TestTokens.newUserId(), expiresAt);
        decoder.decode(token);
        decoder.decode(token);

        // Past exp and the platform's 60 s of clock skew.
        clock.set(expiresAt.plus(Duration.ofSeconds(61)));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(count("cached")).isEqualTo(1);
    }

    @Test
    void stopsServingATokenFromTheCacheAtItsExpiry() {
        Instant expiresAt = clock.instant().plus(Duration.ofMinutes(5));
        String token = TestTokens.tokenExpiringAt(TestTokens.newUserId(), expiresAt);
        decoder.decode(token);

        // Within the skew the platform still accepts the token, but only after verifying it again.
        clock.set(expiresAt.plus(Duration.ofSeconds(1)));
        decoder.decode(token);

        assertThat(count("verified")).isEqualTo(2);
        assertThat(count("cached")).isZero();
    }

    private double count(String result) {
        return meters.get("qh.gateway.tokens").tag("result", result).counter().count();
    }

    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
