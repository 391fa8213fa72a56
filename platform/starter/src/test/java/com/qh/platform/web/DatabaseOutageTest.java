package com.qh.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.platform.embedded.EmbeddedPostgres;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 22: PostgreSQL stopped for ten seconds under load. Requests meanwhile get a 503 problem with {@code Retry-After}
 * (bounded by the pool's connection timeout, never a 500 or a hang), readiness says DOWN while liveness stays UP,
 * and the service answers again by itself once the database is back on its port.
 */
class DatabaseOutageTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CountingService {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        Counter counter(JdbcTemplate jdbc) {
            return new Counter(jdbc);
        }
    }

    @RestController
    static class Counter {

        private final JdbcTemplate jdbc;

        Counter(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/api/v1/public/notes/count")
        int count() {
            return jdbc.queryForObject("select count(*) from note", Integer.class);
        }
    }

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext service;

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Path directory = Files.createTempDirectory("qh-outage-");
        postgres = EmbeddedPostgres.start(directory.resolve("postgres"), Map.of("fsync", "off"));
        int port = postgres.port();
        service = new SpringApplicationBuilder(CountingService.class).run(
                "--server.port=0",
                "--spring.application.name=outage",
                "--spring.datasource.url=" + postgres.ensureDatabase("outage"),
                "--spring.datasource.username=" + EmbeddedPostgres.USERNAME,
                "--spring.datasource.password=",
                // No broker here: readiness is the database's alone in this test.
                "--management.endpoint.health.group.readiness.include=readinessState,db",
                "--qh.security.jwks-uri=" + TestUsers.jwksUri(),
                "--qh.data-dir=" + directory.resolve("data"));
        String base = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();

        assertThat(get(base + "/api/v1/public/notes/count").statusCode()).isEqualTo(200);
        assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

        // Load through the whole outage: eight clients asking in a loop, every answer kept.
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> faults = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (loading.get()) {
                    try {
                        HttpResponse<String> answer = get(base + "/api/v1/public/notes/count");
                        statuses.merge(answer.statusCode(), 1, Integer::sum);
                        if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isEmpty()) {
                            faults.add("a 503 without Retry-After");
                        }
                    }
                    catch (IOException | InterruptedException e) {
                        faults.add(e.toString());
                    }
                }
            }));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses.getOrDefault(200, 0) > 50);

        postgres.close();
        Instant stopped = Instant.now();
        int refusedBefore = statuses.getOrDefault(503, 0);

        HttpResponse<String> refused = get(base + "/api/v1/public/notes/count");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"type\":\"https://qh.dev/problems/service-unavailable\"")
                .contains("\"status\":503").doesNotContain("PSQLException").doesNotContain("Hikari");
        assertThat(get(base + "/actuator/health/readiness").statusCode()).as("readiness while down").isEqualTo(503);
        assertThat(get(base + "/actuator/health/liveness").statusCode()).as("liveness while down").isEqualTo(200);
        // Down for ten seconds in all, as an operator's restart or a failover might take, refusing the load all along.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !Instant.now().isBefore(stopped.plus(OUTAGE))
                        && statuses.getOrDefault(503, 0) > refusedBefore + 8);

        postgres = EmbeddedPostgres.start(directory.resolve("postgres"), Map.of("fsync", "off"), port);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(base + "/api/v1/public/notes/count").statusCode() == 200);
        assertThat(get(base + "/actuator/health/readiness").statusCode()).as("readiness once back").isEqualTo(200);
        int served = statuses.getOrDefault(200, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses.getOrDefault(200, 0) > served + 50);
        loading.set(false);
        for (Thread client : clients) {
            client.join();
        }
        System.out.printf("Database outage under load: answers by status %s%n", statuses);
        assertThat(faults).as("requests without an answer, or 503s without Retry-After").isEmpty();
        assertThat(statuses.keySet()).as("only answers and 503s, never a 500").containsOnly(200, 503);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
