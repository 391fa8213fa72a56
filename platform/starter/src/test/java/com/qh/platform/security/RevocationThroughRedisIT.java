package com.qh.platform.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.platform.sample.SampleApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With Redis, as compose and Kubernetes run (qh.redis.enabled=true), a token one service revokes is refused by every
 * other service at once, because the denylist is one set of keys in Redis rather than each instance's memory (issue
 * 21, item 2; the default run without Redis is RevocationAcrossServicesTest in the launcher). Two instances of the
 * sample service share the Redis CI runs ({@code ./mvnw verify -Pit}; QH_IT_REDIS_HOST/PORT, else 127.0.0.1:6379):
 * one revokes, the other refuses.
 */
class RevocationThroughRedisIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The web profile's exclusions less Redis: no database or broker, but the real Redis. */
    private static final String EXCLUDED = String.join(",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration");

    private static WireMockServer auth;
    private static ConfigurableApplicationContext revoking;
    private static ConfigurableApplicationContext other;

    @BeforeAll
    static void start() {
        auth = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        auth.start();
        auth.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TOKENS.jwks())));
        revoking = instance();
        other = instance();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { revoking, other }) {
            if (context != null) {
                context.close();
            }
        }
        if (auth != null) {
            auth.stop();
        }
    }

    @Test
    void aTokenOneInstanceRevokesIsRefusedByAnotherAtOnce() {
        assertThat(other.getBean(TokenDenylist.class)).isInstanceOf(RedisTokenDenylist.class);
        String tokenId = UUID.randomUUID().toString();
        String token = TOKENS.withId(UUID.randomUUID(), tokenId);
        assertThat(postNote(other, token)).isEqualTo(201);

        revoking.getBean(TokenDenylist.class).revoke(tokenId, Instant.now().plusSeconds(900));

        assertThat(postNote(other, token)).isEqualTo(401);
        assertThat(postNote(revoking, token)).isEqualTo(401);
    }

    @Test
    void aRevocationEndsWithTheToken() {
        String tokenId = UUID.randomUUID().toString();
        String token = TOKENS.withId(UUID.randomUUID(), tokenId);

        // Already expired: nothing is stored, so Redis does not fill up with dead tokens.
        revoking.getBean(TokenDenylist.class).revoke(tokenId, Instant.now().minusSeconds(1));

        assertThat(other.getBean(TokenDenylist.class).isRevoked(tokenId)).isFalse();
        assertThat(postNote(other, token)).isEqualTo(201);
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(SampleApplication.class).profiles("web").run(
                "--server.port=0",
                "--qh.redis.enabled=true",
                "--spring.data.redis.host=" + setting("QH_IT_REDIS_HOST", "127.0.0.1"),
                "--spring.data.redis.port=" + setting("QH_IT_REDIS_PORT", "6379"),
                "--spring.autoconfigure.exclude=" + EXCLUDED,
                "--qh.security.jwks-uri=" + auth.baseUrl() + "/.well-known/jwks.json");
    }

    private static int postNote(ConfigurableApplicationContext instance, String token) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/notes"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"hello\"}")).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
