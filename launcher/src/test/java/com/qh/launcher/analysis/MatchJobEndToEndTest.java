package com.qh.launcher.analysis;

import static com.qh.launcher.analysis.Seekers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's asynchronous jobs through the gateway of the default run, for a {@code MATCH}: 202 with the job's
 * address, the job polled there until DONE with the match as its result, and nobody else's to see. The gateway lets a
 * user poll job state 6 times a minute; a match job is done within a few polls a second apart, and a 429 on the way
 * only means "ask again".
 */
@ExtendWith(RunningPlatform.class)
class MatchJobEndToEndTest {

    static final String JOBS = "/api/v1/analysis/jobs";

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void runsAMatchJobToItsResultForItsOwnerOnly() {
        User seeker = Seekers.javaDeveloper(platform);
        String vacancyId = Seekers.saveJavaVacancy(platform, seeker);

        Answer queued = platform.send(platform.json("POST", JOBS,
                "{\"type\":\"MATCH\",\"vacancyId\":\"" + vacancyId + "\"}", seeker.accessToken()));

        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        String jobId = queued.json().path("id").asString();
        String location = queued.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(JOBS + "/" + jobId);
        assertThat(queued.json().path("status").asString()).isIn("QUEUED", "RUNNING", "DONE");
        JsonNode job = await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofMillis(500))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> platform.send(platform.request("GET", JOBS + "/" + jobId, seeker.accessToken())),
                        answer -> answer.status() == 200 && isOver(answer.json()))
                .json();
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("type").asString()).isEqualTo("MATCH");
        assertThat(job.path("vacancyId").asString()).isEqualTo(vacancyId);
        assertThat(job.path("progress").asInt()).isEqualTo(100);
        assertThat(job.path("finishedAt").asString()).isNotBlank();
        assertThat(job.path("result").path("vacancyTitle").asString()).isEqualTo("Java Developer");
        JsonNode result = job.path("result").path("match");
        assertThat(result.path("score").asInt()).isBetween(1, 99);
        assertThat(MatchEndToEndTest.line(result, "Kubernetes").path("status").asString()).isEqualTo("MISSING");
        assertThat(MatchEndToEndTest.line(result, "Java").path("evidence")).isNotEmpty();

        User stranger = platform.signUp();
        assertProblem(platform.send(platform.request("GET", JOBS + "/" + jobId, stranger.accessToken())), 404,
                "not-found");
        assertProblem(platform.send(platform.json("POST", JOBS, "{\"type\":\"MATCH\",\"vacancyId\":\"" + vacancyId
                + "\"}", stranger.accessToken())), 404, "not-found");
        Answer noVacancy = platform.send(platform.json("POST", JOBS, "{\"type\":\"MATCH\"}", seeker.accessToken()));
        assertThat(noVacancy.status()).as(noVacancy.toString()).isEqualTo(400);
        assertThat(noVacancy.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("vacancyId");
    }

    private static boolean isOver(JsonNode job) {
        return job.path("status").asString().equals("DONE") || job.path("status").asString().equals("FAILED");
    }
}
