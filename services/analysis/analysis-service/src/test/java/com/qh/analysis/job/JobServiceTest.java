package com.qh.analysis.job;

import static com.qh.analysis.SourceServices.IVAN;
import static com.qh.analysis.SourceServices.IVANS_JAVA_VACANCY;
import static com.qh.analysis.SourceServices.NO_PROFILE;
import static com.qh.analysis.SourceServices.OTHER;
import static com.qh.analysis.SourceServices.OTHERS_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.analysis.SourceServices;
import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import com.qh.auth.api.UserDeleted;
import com.qh.document.api.DocumentKind;
import com.qh.document.api.DocumentUploaded;
import com.qh.document.api.DocumentVersionAdded;
import com.qh.platform.events.IntegrationEvent;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The jobs on the embedded PostgreSQL and broker with the real workers, queue, matcher and outbox; profiles and
 * vacancies over gRPC from {@link SourceServices}, which also plays auth's service-token endpoint. A worker that died is played by a row another worker claimed and never
 * renewed; the reaper is then run at a chosen time rather than waited for (its own schedule is an hour here).
 */
@QhServiceTest(properties = {
        "qh.analysis.jobs.poll-interval=100ms",
        "qh.analysis.jobs.reap-interval=1h",
        "qh.analysis.jobs.retry-backoff=100ms",
        "qh.analysis.jobs.max-attempts=3" })
@Import(SourceServices.class)
class JobServiceTest {

    /** The document service, answering the internal read a review started by an upload makes with its token. */
    static final WireMockServer DOCUMENTS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    /** The uploaded resume; the launcher's end-to-end review uploads the same file (resume/anna-smith-en.txt). */
    static final String ENGLISH_RESUME = resource("/resume/anna-smith-en.txt");

    static {
        DOCUMENTS.start();
    }

    @DynamicPropertySource
    static void documentService(DynamicPropertyRegistry registry) {
        registry.add("qh.services.document.url", DOCUMENTS::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobTransitions transitions;

    @Autowired
    Clock clock;

    ApiClient as(UUID user) {
        return ApiClient.on(port).as(TestUsers.user(user));
    }

    @Test
    void runsAMatchJobToDoneAndShowsItOnlyToItsOwner() {
        Reply queued = as(IVAN).post("/api/v1/analysis/jobs", Map.of("type", "MATCH",
                "vacancyId", IVANS_JAVA_VACANCY));

        assertThat(queued.status()).isEqualTo(202);
        String id = queued.json().path("id").asString();
        assertThat(queued.location()).endsWith("/api/v1/analysis/jobs/" + id);
        assertThat(queued.json().path("type").asString()).isEqualTo("MATCH");
        assertThat(queued.json().path("createdAt").asString()).isNotBlank();

        JsonNode done = awaitEnd(IVAN, id);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("progress").asInt()).isEqualTo(100);
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        assertThat(done.path("startedAt").asString()).isNotBlank();
        assertThat(done.path("finishedAt").asString()).isNotBlank();
        assertThat(done.path("problem").isMissingNode()).isTrue();
        assertThat(done.path("result").path("vacancyTitle").asString()).isEqualTo("Java-разработчик (Middle)");
        assertThat(done.path("result").path("match").path("score").asInt()).isGreaterThanOrEqualTo(70);
        assertThat(done.path("result").path("match").path("requirements")).isNotEmpty();

        assertThat(as(OTHER).get("/api/v1/analysis/jobs/" + id).status()).isEqualTo(404);
        assertThat(as(OTHER).get("/api/v1/analysis/jobs").json()).noneSatisfy(job ->
                assertThat(job.path("id").asString()).isEqualTo(id));
        JsonNode mine = as(IVAN).get("/api/v1/analysis/jobs?limit=5").json();
        assertThat(mine).anySatisfy(job -> {
            assertThat(job.path("id").asString()).isEqualTo(id);
            assertThat(job.path("result").isMissingNode()).isTrue();
        });
    }

    @Test
    void refusesJobsThatCannotRunWithAProblemDocument() {
        Reply noType = as(IVAN).post("/api/v1/analysis/jobs", Map.of("vacancyId", IVANS_JAVA_VACANCY));
        Reply unknownType = as(IVAN).post("/api/v1/analysis/jobs", Map.of("type", "HOROSCOPE"));
        Reply reviewWithoutDocument = as(IVAN).post("/api/v1/analysis/jobs", Map.of("type", "RESUME_REVIEW"));
        Reply othersVacancy = as(IVAN).post("/api/v1/analysis/jobs", Map.of("type", "MATCH",
                "vacancyId", OTHERS_VACANCY));
        Reply salaryWithoutProfile = as(NO_PROFILE).post("/api/v1/analysis/jobs", Map.of("type", "SALARY"));
        Reply uploadedResumeMatch = as(IVAN).post("/api/v1/analysis/jobs", Map.of("type", "MATCH",
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", UUID.randomUUID()));
        Reply badLimit = as(IVAN).get("/api/v1/analysis/jobs?limit=0");
        Reply unknownJob = as(IVAN).get("/api/v1/analysis/jobs/" + UUID.randomUUID());

        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.errorFields()).contains("type");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(reviewWithoutDocument.status()).isEqualTo(400);
        assertThat(reviewWithoutDocument.errorFields()).containsExactly("documentId");
        assertThat(othersVacancy.status()).isEqualTo(404);
        assertThat(salaryWithoutProfile.status()).isEqualTo(422);
        assertThat(salaryWithoutProfile.problemType()).isEqualTo("no-profile");
        assertThat(uploadedResumeMatch.status()).isEqualTo(404);
        assertThat(uploadedResumeMatch.problemType()).isEqualTo("not-found");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(ApiClient.on(port).get("/api/v1/analysis/jobs").status()).isEqualTo(401);
    }

    @Test
    void runsAMatchOfAnUploadedResumeToDoneReadingItWithTheServiceToken() {
        String ivan = TestUsers.user(IVAN);
        UUID resume = UUID.randomUUID();
        storedResume(IVAN, resume);
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + resume))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + ivan))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "RESUME_UPLOAD", "currentVersion": 1, "fileName": "resume.txt",
                         "mediaType": "text/plain", "size": 1234, "sha256": "%s"}
                        """.formatted(resume, "ef".repeat(32)))));
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + resume + "/versions/1/content"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + ivan))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(ENGLISH_RESUME)));

        Reply queued = ApiClient.on(port).as(ivan).post("/api/v1/analysis/jobs", Map.of("type", "MATCH",
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", resume));
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        assertThat(queued.json().path("documentId").asString()).isEqualTo(resume.toString());

        JsonNode done = awaitEnd(IVAN, queued.json().path("id").asString());
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode match = done.path("result").path("match");
        assertThat(match.path("requirements")).anySatisfy(line -> {
            assertThat(line.path("requirement").asString()).isEqualTo("Java");
            assertThat(line.path("status").asString()).isEqualTo("MET");
        });
        assertThat(match.path("score").asInt()).isPositive();
        // Checked with the user's token when asked for; run by the worker with the service token.
        DOCUMENTS.verify(getRequestedFor(urlEqualTo("/api/v1/documents/" + resume)));
        DOCUMENTS.verify(getRequestedFor(urlEqualTo("/api/v1/internal/documents/" + resume + "?userId=" + IVAN))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void refusesAMatchOfSomeoneElsesDocumentOrOfAPhoto() {
        UUID othersResume = UUID.randomUUID();
        String other = TestUsers.user(OTHER);
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + othersResume))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + other))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "RESUME_UPLOAD", "currentVersion": 1, "fileName": "resume.txt",
                         "mediaType": "text/plain", "size": 1234, "sha256": "%s"}
                        """.formatted(othersResume, "0a".repeat(32)))));
        String ivan = TestUsers.user(IVAN);
        UUID photo = UUID.randomUUID();
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + photo))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + ivan))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "PHOTO", "currentVersion": 1, "fileName": "me.png",
                         "mediaType": "image/png", "size": 99, "sha256": "%s"}
                        """.formatted(photo, "0b".repeat(32)))));

        Reply others = ApiClient.on(port).as(ivan).post("/api/v1/analysis/jobs", Map.of("type", "MATCH",
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", othersResume));
        Reply ofPhoto = ApiClient.on(port).as(ivan).post("/api/v1/analysis/jobs", Map.of("type", "MATCH",
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", photo));

        assertThat(others.status()).isEqualTo(404);
        assertThat(others.problemType()).isEqualTo("not-found");
        assertThat(ofPhoto.status()).isEqualTo(422);
        assertThat(ofPhoto.problemType()).isEqualTo("not-a-resume");
        assertThat(as(IVAN).get("/api/v1/analysis/jobs?limit=100").json()).noneSatisfy(job -> assertThat(
                job.path("documentId").asString()).isIn(othersResume.toString(), photo.toString()));
    }

    @Test
    void startsOneReviewPerUploadedResumeAndReadsItWithTheServiceToken() {
        UUID user = UUID.randomUUID();
        UUID resume = UUID.randomUUID();
        storedResume(user, resume);
        DocumentUploaded upload = new DocumentUploaded(UUID.randomUUID(), Instant.now(), resume, user,
                DocumentKind.RESUME_UPLOAD, 1, "text/plain", 1234, "ab".repeat(32));
        publish(upload);
        publish(upload);
        publish(new DocumentUploaded(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), user, DocumentKind.PHOTO,
                1, "image/png", 99, "cd".repeat(32)));

        JsonNode job = await().atMost(Duration.ofSeconds(20)).until(() -> as(user).get("/api/v1/analysis/jobs")
                .json(), jobs -> jobs.size() == 1).get(0);
        assertThat(job.path("type").asString()).isEqualTo("RESUME_REVIEW");
        assertThat(job.path("documentId").asString()).isEqualTo(resume.toString());

        JsonNode done = awaitEnd(user, job.path("id").asString());
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode result = done.path("result");
        assertThat(result.path("documentId").asString()).isEqualTo(resume.toString());
        assertThat(result.path("parse").path("contacts").path("email").path("value").asString())
                .isEqualTo("anna.smith@example.org");
        assertThat(result.path("ats").path("score").isNumber()).as(result.toString()).isTrue();
        assertThat(result.path("tone").path("available").asBoolean()).isTrue();
        assertThat(result.path("tone").path("counts").path("WEAK_VERB").asInt()).isPositive();
        assertThat(result.path("tone").path("counts").path("FIRST_PERSON").asInt()).isPositive();
        assertThat(result.path("tone").path("worst")).isNotEmpty();
        // The market store here holds no salaries: the step says so instead of a figure.
        assertThat(result.path("salary").path("available").asBoolean(true)).isFalse();
        assertThat(result.path("salary").path("code").asString()).isIn("no-market-data", "salary-model-not-ready");
        assertThat(result.path("salary").path("reason").asString()).isNotBlank();
        assertThat(result.path("salary").has("estimate")).isFalse();
        DOCUMENTS.verify(getRequestedFor(urlEqualTo("/api/v1/internal/documents/" + resume
                + "/versions/1/content?userId=" + user)).withHeader("Authorization", matching("Bearer .+")));
        // Nothing else was queued for the photo, nor for the redelivered upload.
        assertThat(as(user).get("/api/v1/analysis/jobs").json()).hasSize(1);
    }

    private static String resource(String name) {
        try (InputStream in = JobServiceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's resume as the document service's internal read answers it. */
    private static void storedResume(UUID user, UUID resume) {
        DOCUMENTS.stubFor(get(urlPathEqualTo("/api/v1/internal/documents/" + resume))
                .withQueryParam("userId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(user.toString()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "RESUME_UPLOAD", "currentVersion": 1, "fileName": "resume.txt",
                         "mediaType": "text/plain", "size": 1234, "sha256": "%s"}
                        """.formatted(resume, "ab".repeat(32)))));
        DOCUMENTS.stubFor(get(urlPathEqualTo("/api/v1/internal/documents/" + resume + "/versions/1/content"))
                .withQueryParam("userId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(user.toString()))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(ENGLISH_RESUME)));
    }

    @Test
    void reviewsANewVersionOfAResumeButNotARestoredOne() {
        UUID user = UUID.randomUUID();
        UUID resume = UUID.randomUUID();
        DocumentVersionAdded restored = new DocumentVersionAdded(UUID.randomUUID(), Instant.now(), resume, user,
                DocumentKind.RESUME_UPLOAD, 3, "application/pdf", 1000, "aa".repeat(32), 1);
        DocumentVersionAdded uploaded = new DocumentVersionAdded(UUID.randomUUID(), Instant.now(), resume, user,
                DocumentKind.RESUME_UPLOAD, 2, "application/pdf", 1000, "bb".repeat(32), null);
        publish(restored);
        publish(uploaded);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from qh_processed_event where event_id in (:ids)")
                .param("ids", List.of(restored.eventId(), uploaded.eventId())).query(Integer.class).single() == 2);
        JsonNode jobs = as(user).get("/api/v1/analysis/jobs").json();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).path("documentId").asString()).isEqualTo(resume.toString());
        assertThat(jobs.get(0).path("type").asString()).isEqualTo("RESUME_REVIEW");
    }

    @Test
    void announcesEachEndedJobAndItsProgress() {
        String completed = testQueue("analysis.completed.v1");
        String progressed = testQueue("analysis.progressed.v1");

        String id = as(IVAN).post("/api/v1/analysis/jobs", Map.of("type", "MATCH", "vacancyId",
                IVANS_JAVA_VACANCY)).json().path("id").asString();

        JsonNode event = awaitEvent(completed, id);
        assertThat(event.path("status").asString()).isEqualTo("DONE");
        assertThat(event.path("type").asString()).isEqualTo("MATCH");
        assertThat(event.path("userId").asString()).isEqualTo(IVAN.toString());
        assertThat(event.path("score").asInt()).isGreaterThanOrEqualTo(70);
        assertThat(event.path("resultPath").asString()).isEqualTo("/analysis/jobs/" + id);
        JsonNode step = awaitEvent(progressed, id);
        assertThat(step.path("status").asString()).isEqualTo("RUNNING");
        assertThat(step.path("progress").asInt()).isBetween(0, 99);
    }

    @Test
    void queuesAgainAJobWhoseWorkerDiedAndRunsItToTheEnd() {
        UUID id = runningJobOfALostWorker(IVAN, 1);
        Job lost = new Job(id, IVAN, AnalysisJobType.MATCH, null, IVANS_JAVA_VACANCY, 1);

        assertThat(transitions.reclaimExpired(clock.instant())).isGreaterThanOrEqualTo(1);

        JsonNode done = awaitEnd(IVAN, id.toString());
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("attempts").asInt()).isEqualTo(2);
        assertThat(done.path("result").path("match").path("score").asInt()).isGreaterThanOrEqualTo(70);
        // The lost worker, come back to life, can no longer end the job it lost.
        transitions.failed(lost, "analysis-lost-worker", JobTransitions.problem("late", "Late", 500, "late"),
                "late");
        assertThat(as(IVAN).get("/api/v1/analysis/jobs/" + id).json().path("status").asString()).isEqualTo("DONE");
    }

    @Test
    void failsAJobWhoseWorkerDiedOnItsLastRunAndSaysWhy() {
        UUID user = UUID.randomUUID();
        UUID id = runningJobOfALostWorker(user, 3);

        transitions.reclaimExpired(clock.instant());

        JsonNode failed = as(user).get("/api/v1/analysis/jobs/" + id).json();
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("finishedAt").asString()).isNotBlank();
        assertThat(failed.path("problem").path("type").asString())
                .isEqualTo("https://qh.dev/problems/analysis-worker-lost");
        assertThat(failed.path("problem").path("detail").asString()).contains("3 times");
        assertThat(failed.path("result").isMissingNode()).isTrue();
    }

    @Test
    void showsAdministratorsEveryFailedJobWithWhyAndRunsItAgain() {
        UUID failedJob = runningJobOfALostWorker(IVAN, 3);
        transitions.reclaimExpired(clock.instant());
        ApiClient admin = ApiClient.on(port).as(TestUsers.admin(UUID.randomUUID()));

        Reply failed = admin.get("/api/v1/analysis/admin/jobs?status=FAILED&type=MATCH&size=100");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        JsonNode job = null;
        for (JsonNode item : failed.json().path("items")) {
            assertThat(item.path("status").asString()).isEqualTo("FAILED");
            if (item.path("id").asString().equals(failedJob.toString())) {
                job = item;
            }
        }
        assertThat(job).as("the failed job is listed").isNotNull();
        assertThat(job.path("userId").asString()).isEqualTo(IVAN.toString());
        assertThat(job.path("problem").path("type").asString())
                .isEqualTo("https://qh.dev/problems/analysis-worker-lost");
        assertThat(job.path("lastError").asString()).isNotBlank();
        assertThat(failed.json().path("counts").path("FAILED").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(failed.json().path("counts").has("QUEUED")).isTrue();

        Reply retried = admin.post("/api/v1/analysis/admin/jobs/" + failedJob + "/retry", null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        JsonNode done = awaitEnd(IVAN, failedJob.toString());
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        assertThat(done.path("result").path("match").path("score").asInt()).isPositive();

        Reply again = admin.post("/api/v1/analysis/admin/jobs/" + failedJob + "/retry", null);
        Reply unknown = admin.post("/api/v1/analysis/admin/jobs/" + UUID.randomUUID() + "/retry", null);
        Reply badStatus = admin.get("/api/v1/analysis/admin/jobs?status=STUCK");
        Reply forUsers = as(IVAN).get("/api/v1/analysis/admin/jobs");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).isEqualTo("https://qh.dev/problems/job-not-failed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(forUsers.status()).isEqualTo(403);
    }

    @Test
    void leavesAJobAloneWhileItsWorkerRenewsTheLease() {
        UUID user = UUID.randomUUID();
        UUID id = runningJobOfALostWorker(user, 1);

        assertThat(transitions.heartbeat("analysis-lost-worker", List.of(id))).isEqualTo(1);
        transitions.reclaimExpired(clock.instant());

        assertThat(as(user).get("/api/v1/analysis/jobs/" + id).json().path("status").asString())
                .isEqualTo("RUNNING");
        // Once the renewed lease runs out too, the job is no longer that worker's.
        assertThat(transitions.reclaimExpired(clock.instant().plus(Duration.ofHours(1)))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select coalesce(lease_owner, '') from analysis_job where id = :id").param("id", id)
                .query(String.class).single()).isNotEqualTo("analysis-lost-worker");
    }

    @Test
    void erasesTheJobsOfADeletedUser() {
        UUID user = UUID.randomUUID();
        publish(new DocumentUploaded(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), user,
                DocumentKind.RESUME_UPLOAD, 1, "application/pdf", 10, "ef".repeat(32)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jobsOf(user) == 1);

        publish(new UserDeleted(UUID.randomUUID(), Instant.now(), user));

        await().atMost(Duration.ofSeconds(20)).until(() -> jobsOf(user) == 0);
        assertThat(as(user).get("/api/v1/analysis/jobs").json()).isEmpty();
    }

    @Test
    void describesTheJobsInTheOpenApiDocument() {
        Reply docs = ApiClient.on(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has("/api/v1/analysis/jobs")).isTrue();
        assertThat(paths.has("/api/v1/analysis/jobs/{id}")).isTrue();
        assertThat(paths.path("/api/v1/analysis/jobs").path("post").path("responses").has("202")).isTrue();
    }

    /** A MATCH job that worker {@code analysis-lost-worker} claimed for run {@code attempts} and stopped renewing. */
    private UUID runningJobOfALostWorker(UUID user, int attempts) {
        UUID id = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(clock.instant().minus(Duration.ofMinutes(5)));
        jdbc.sql("""
                insert into analysis_job (id, user_id, type, status, vacancy_id, attempts, run_after, lease_owner,
                                          lease_until, created_at, started_at, step, progress)
                values (:id, :user, 'MATCH', 'RUNNING', :vacancy, :attempts, :ago, 'analysis-lost-worker',
                        :expired, :ago, :ago, 'match', 40)""")
                .param("id", id).param("user", user).param("vacancy", IVANS_JAVA_VACANCY)
                .param("attempts", attempts).param("ago", longAgo)
                .param("expired", Timestamp.from(clock.instant().minusSeconds(1)))
                .update();
        return id;
    }

    private int jobsOf(UUID user) {
        return jdbc.sql("select count(*) from analysis_job where user_id = :user").param("user", user)
                .query(Integer.class).single();
    }

    private JsonNode awaitEnd(UUID user, String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> as(user).get("/api/v1/analysis/jobs/" + id).json(),
                job -> job.path("status").asString().equals(AnalysisJobStatus.DONE.name())
                        || job.path("status").asString().equals(AnalysisJobStatus.FAILED.name()));
    }

    private String testQueue(String eventType) {
        String queue = "test.analysis." + eventType + "." + UUID.randomUUID();
        amqp.declareQueue(new Queue(queue, false, false, true));
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange("qh.events")).with(eventType));
        return queue;
    }

    private JsonNode awaitEvent(String queue, String jobId) {
        Map<String, JsonNode> seen = new HashMap<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message message = rabbit.receive(queue);
            if (message != null) {
                JsonNode event = ApiClient.JSON.readTree(message.getBody());
                seen.putIfAbsent(event.path("jobId").asString(), event);
            }
            return seen.containsKey(jobId);
        });
        return seen.get(jobId);
    }

    private void publish(IntegrationEvent event) {
        rabbit.convertAndSend("qh.events", IntegrationEvent.typeOf(event.getClass()),
                ApiClient.JSON.writeValueAsBytes(event), message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });
    }
}
