package com.qh.launcher.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import com.qh.platform.catalog.ServiceCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Seed 003's flow through the gateway of the default run: a new user uploads a resume, which starts its review by
 * itself (document.uploaded.v1); the job's progress reaches the user's open socket, the result is mailed (the
 * captured mail, read as an admin) with a link to it, and the job, polled once the mail is there, is DONE with
 * its result. The gateway lets a user poll job state 6 times a minute, so the test waits on the mail, not on polls.
 *
 * <p>Runs once the analysis service is an application of the default run (an entry in the service catalog).
 */
@ExtendWith(RunningPlatform.class)
@EnabledIf("analysisIsInTheDefaultRun")
class ResumeReviewEndToEndTest {

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    static boolean analysisIsInTheDefaultRun() {
        return ServiceCatalog.load().find("analysis").isPresent();
    }

    @Test
    void reviewsAnUploadedResumeAndMailsTheResultWithALinkToIt() throws Exception {
        User seeker = platform.signUp();
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = open(seeker, frames);

        Answer uploaded = platform.send(platform.upload("/api/v1/documents?kind=RESUME_UPLOAD", "resume.txt",
                "text/plain", englishResume(), seeker.accessToken()));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String documentId = uploaded.json().path("id").asString();

        JsonNode mail = awaitMail(seeker.email(), "Your resume review is ready");
        JsonNode jobs = platform.send(platform.request("GET", "/api/v1/analysis/jobs", seeker.accessToken())).json();
        assertThat(jobs).hasSize(1);
        String jobId = jobs.get(0).path("id").asString();
        assertThat(jobs.get(0).path("documentId").asString()).isEqualTo(documentId);
        assertThat(mail.path("text").asString()).contains("/analysis/jobs/" + jobId);

        Answer job = platform.send(platform.request("GET", "/api/v1/analysis/jobs/" + jobId, seeker.accessToken()));
        assertThat(job.status()).isEqualTo(200);
        assertThat(job.json().path("type").asString()).isEqualTo("RESUME_REVIEW");
        assertThat(job.json().path("status").asString()).isEqualTo("DONE");
        assertThat(job.json().path("progress").asInt()).isEqualTo(100);
        JsonNode result = job.json().path("result");
        assertThat(result.path("documentId").asString()).isEqualTo(documentId);
        assertThat(result.path("parse").path("contacts").path("email").path("value").asString())
                .isEqualTo("anna.smith@example.org");
        assertThat(result.path("ats").path("score").isNumber()).as(result.toString()).isTrue();
        assertThat(result.path("tone").path("available").asBoolean()).isTrue();
        assertThat(result.path("tone").path("worst")).isNotEmpty();
        // The market holds nothing like this resume's title (empty, or what another test of this run imported): the
        // salary step says why, with no figure.
        JsonNode salary = result.path("salary");
        assertThat(salary.path("available").asBoolean(true)).as(salary.toString()).isFalse();
        assertThat(salary.path("code").asString()).isIn("no-market-data", "no-comparables");
        assertThat(salary.path("reason").asString()).isNotBlank();
        assertThat(salary.path("estimate").path("median").isMissingNode() || salary.path("estimate").path("median")
                .isNull()).as(salary.toString()).isTrue();

        List<JsonNode> progress = new ArrayList<>();
        String frame;
        while ((frame = frames.poll(progress.isEmpty() ? 10 : 0, TimeUnit.SECONDS)) != null) {
            JsonNode read = RunningPlatform.JSON.readTree(frame);
            if ("analysis.progress".equals(read.path("type").asString())) {
                progress.add(read);
            }
        }
        assertThat(progress).isNotEmpty().allSatisfy(p -> assertThat(p.path("jobId").asString()).isEqualTo(jobId));

        User stranger = platform.signUp();
        assertThat(platform.send(platform.request("GET", "/api/v1/analysis/jobs/" + jobId, stranger.accessToken()))
                .status()).isEqualTo(404);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    private static WebSocket open(User user, LinkedBlockingQueue<String> frames) {
        URI uri = URI.create(platform.platform().gatewayUrl().replace("http://", "ws://")
                + "/api/v1/notifications/ws?access_token=" + user.accessToken());
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                frames.add(data.toString());
                ws.request(1);
                return null;
            }
        }).join();
    }

    /** The captured mail is the admin's to read. */
    private static JsonNode awaitMail(String to, String subject) {
        String path = "/api/v1/dev/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        String admin = platform.signInAsAdmin().accessToken();
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode mail : platform.send(platform.request("GET", path, admin)).json()) {
                if (mail.path("subject").asString().startsWith(subject)) {
                    return mail;
                }
            }
            return null;
        }, found -> found != null);
    }

    /** The analysis service's job test serves the same resume as the document service would; one file for both. */
    private static byte[] englishResume() throws IOException {
        return Files.readAllBytes(Path.of("").toAbsolutePath().getParent()
                .resolve("services/analysis/analysis-service/src/test/resources/resume/anna-smith-en.txt"));
    }
}
