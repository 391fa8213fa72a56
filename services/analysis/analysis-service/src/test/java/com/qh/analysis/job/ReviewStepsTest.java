package com.qh.analysis.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.analysis.SourceServices;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.UnprocessableException;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

/**
 * How a review runs the steps features plug in, and what their failures do to the job: a step that says the
 * document cannot be read (4xx) fails the job at once with that problem; a fault that passes is retried; one that
 * does not is given up after {@code max-attempts} runs without leaking its message. The {@code parse} and
 * {@code tone} steps here are this test's stand-ins for the features that will provide them, keyed by document id.
 */
@QhServiceTest(properties = {
        "qh.analysis.jobs.poll-interval=100ms",
        "qh.analysis.jobs.retry-backoff=50ms",
        "qh.analysis.jobs.max-attempts=3" })
@Import({SourceServices.class, ReviewStepsTest.Steps.class})
class ReviewStepsTest {

    static final UUID IMAGE_ONLY = UUID.fromString("20000000-0000-4000-8000-000000000001");
    static final UUID FLAKY_ONCE = UUID.fromString("20000000-0000-4000-8000-000000000002");
    static final UUID BROKEN = UUID.fromString("20000000-0000-4000-8000-000000000003");
    static final UUID READABLE = UUID.fromString("20000000-0000-4000-8000-000000000004");
    static final UUID SOMEONE_ELSES = UUID.fromString("20000000-0000-4000-8000-000000000005");

    @LocalServerPort
    int port;

    @Test
    void runsTheStepsInOrderEachSeeingWhatTheOnesBeforeFound() {
        JsonNode done = review(READABLE);

        assertThat(done.path("status").asString()).isEqualTo("DONE");
        JsonNode result = done.path("result");
        assertThat(result.path("parse").path("language").asString()).isEqualTo("en");
        assertThat(result.path("tone").path("sawParse").asBoolean()).isTrue();
        assertThat(result.path("ats").path("available").asBoolean(true)).isFalse();
        assertThat(result.path("ats").path("reason").asString()).contains("needs the parsed resume");
        assertThat(result.path("salary").path("available").asBoolean(true)).isFalse();
    }

    @Test
    void failsAtOnceWithTheStepsProblemWhenTheDocumentCannotBeRead() {
        JsonNode failed = review(IMAGE_ONLY);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
        assertThat(failed.path("problem").path("type").asString()).isEqualTo("https://qh.dev/problems/image-only-pdf");
        assertThat(failed.path("problem").path("status").asInt()).isEqualTo(422);
        assertThat(failed.path("problem").path("detail").asString()).contains("no text layer");
    }

    @Test
    void retriesAFaultThatPasses() {
        JsonNode done = review(FLAKY_ONCE);

        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void givesUpAfterMaxAttemptsWithoutLeakingTheFault() {
        JsonNode failed = review(BROKEN);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("problem").path("type").asString()).isEqualTo("https://qh.dev/problems/analysis-failed");
        assertThat(failed.path("problem").path("detail").asString()).contains("3 times").doesNotContain("boom");
    }

    @Test
    void refusesAtOnceAReviewOfADocumentTheParseStepSaysIsNotTheUsers() {
        ApiClient api = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));

        var reply = api.post("/api/v1/analysis/jobs", Map.of("type", "RESUME_REVIEW", "documentId", SOMEONE_ELSES));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/analysis/jobs").json()).isEmpty();
    }

    private JsonNode review(UUID document) {
        ApiClient api = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        String id = api.post("/api/v1/analysis/jobs", Map.of("type", "RESUME_REVIEW", "documentId", document))
                .json().path("id").asString();
        return await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/analysis/jobs/" + id).json(),
                job -> job.path("status").asString().matches("DONE|FAILED"));
    }

    /** Stand-ins for the parsing and tone features, keyed by the document ids above. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Steps {

        private final AtomicInteger flakyRuns = new AtomicInteger();

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ReviewStep parseStep() {
            return new ReviewStep() {
                @Override
                public String name() {
                    return "parse";
                }

                @Override
                public void check(Job job) {
                    if (job.documentId().equals(SOMEONE_ELSES)) {
                        throw new NotFoundException("There is no document " + job.documentId() + " of yours.");
                    }
                }

                @Override
                public Object run(Job job, Map<String, Object> earlier) {
                    if (job.documentId().equals(IMAGE_ONLY)) {
                        throw new UnprocessableException("image-only-pdf",
                                "The PDF has no text layer: it is a scan. Upload the file it was made from.");
                    }
                    if (job.documentId().equals(BROKEN)) {
                        throw new IllegalStateException("boom");
                    }
                    if (job.documentId().equals(FLAKY_ONCE) && flakyRuns.getAndIncrement() == 0) {
                        throw new IllegalStateException("boom once");
                    }
                    return Map.of("language", "en");
                }
            };
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ReviewStep toneStep() {
            return new ReviewStep() {
                @Override
                public String name() {
                    return "tone";
                }

                @Override
                public Object run(Job job, Map<String, Object> earlier) {
                    Map<String, Object> section = new LinkedHashMap<>();
                    section.put("sawParse", earlier.containsKey("parse"));
                    return section;
                }
            };
        }
    }
}
