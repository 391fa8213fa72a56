package com.qh.analysis.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.analysis.SourceServices;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A job longer than its lease is not taken from a worker that is alive: with a two-second lease, a heartbeat every
 * 200 ms and the reaper every 200 ms, a review whose parse step is held well past the first lease stays on its
 * first run, its lease moving on, and ends DONE on that run once released.
 */
@QhServiceTest(properties = {
        "qh.analysis.jobs.poll-interval=100ms",
        "qh.analysis.jobs.lease=2s",
        "qh.analysis.jobs.heartbeat=200ms",
        "qh.analysis.jobs.reap-interval=200ms" })
@Import({SourceServices.class, LeaseRenewalTest.SlowParse.class})
class LeaseRenewalTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsALongJobWithTheWorkerThatRenewsItsLease() {
        ApiClient api = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        String id = api.post("/api/v1/analysis/jobs", Map.of("type", "RESUME_REVIEW",
                "documentId", UUID.randomUUID())).json().path("id").asString();
        Instant firstLease = await().atMost(Duration.ofSeconds(20)).until(() -> leaseUntil(id), at -> at != null);

        // Three reaper rounds after the first lease would have run out.
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(firstLease.plusMillis(600)));
        JsonNode held = api.get("/api/v1/analysis/jobs/" + id).json();
        assertThat(held.path("status").asString()).isEqualTo("RUNNING");
        assertThat(held.path("attempts").asInt()).isEqualTo(1);
        assertThat(leaseUntil(id)).isAfter(firstLease);

        RELEASE.countDown();
        JsonNode done = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/analysis/jobs/" + id)
                .json(), job -> job.path("status").asString().matches("DONE|FAILED"));
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
    }

    private Instant leaseUntil(String id) {
        return jdbc.sql("select lease_until from analysis_job where id = :id and status = 'RUNNING'")
                .param("id", UUID.fromString(id)).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(null);
    }

    /** A parse step that waits for the test to let it go. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowParse {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ReviewStep slowParseStep() {
            return new ReviewStep() {
                @Override
                public String name() {
                    return "parse";
                }

                @Override
                public Object run(Job job, Map<String, Object> earlier) {
                    try {
                        if (!RELEASE.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("never released");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return Map.of("language", "en");
                }
            };
        }
    }
}
