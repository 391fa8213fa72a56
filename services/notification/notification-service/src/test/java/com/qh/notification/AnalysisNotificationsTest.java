package com.qh.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.qh.analysis.api.AnalysisCompleted;
import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import com.qh.analysis.api.AnalysisProgressed;
import com.qh.auth.api.UserRegistered;
import com.qh.platform.events.IntegrationEvent;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Analysis jobs as the notification service tells of them, on the embedded infrastructure and a real SMTP server
 * (GreenMail): the result mailed in the user's language with a link to it (category {@code analysis-results}, on
 * by default, one PUT to turn off), nothing for a failed job, and progress pushed to an open socket.
 */
@QhServiceTest(properties = {
        "qh.notification.public-base-url=https://qh.example.com",
        "qh.notification.delivery.poll-interval=100ms" })
class AnalysisNotificationsTest {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void outside(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailsADoneReviewInTheUsersLanguageWithALinkToItsResult() throws Exception {
        UUID user = UUID.randomUUID();
        String email = registered(user, "ru-RU");
        UUID job = UUID.randomUUID();

        publish(done(user, job, AnalysisJobType.RESUME_REVIEW, 82));

        MimeMessage mail = awaitMail(email, "Анализ готов");
        assertThat(mail.getSubject()).isEqualTo("Анализ готов: разбор резюме");
        String body = NotificationServiceTest.decoded(mail);
        assertThat(body).contains("https://qh.example.com/analysis/jobs/" + job).contains("Оценка: 82 из 100");
        assertThat(mail.getHeader("List-Unsubscribe")).isNotEmpty();
        JsonNode inbox = ApiClient.on(port).as(TestUsers.user(user)).get("/api/v1/notifications").json();
        assertThat(inbox).anySatisfy(message -> {
            assertThat(message.path("link").asString()).isEqualTo("/analysis/jobs/" + job);
            assertThat(message.path("title").asString()).isEqualTo("Анализ готов: разбор резюме");
        });
    }

    @Test
    void keepsTheResultMailOnByDefaultAndSendsNoneOnceTurnedOff() throws Exception {
        UUID user = UUID.randomUUID();
        registered(user, "en");
        ApiClient api = ApiClient.on(port).as(TestUsers.user(user));
        JsonNode settings = api.get("/api/v1/notifications/preferences").json();
        assertThat(settings.path("categories")).anySatisfy(category -> {
            assertThat(category.path("category").asString()).isEqualTo("analysis-results");
            assertThat(category.path("channels").path("EMAIL").asBoolean()).isTrue();
        });

        assertThat(api.put("/api/v1/notifications/preferences", Map.of("preferences", List.of(
                Map.of("category", "analysis-results", "channel", "EMAIL", "enabled", false)))).status())
                .isBetween(200, 204);
        UUID job = UUID.randomUUID();
        publish(done(user, job, AnalysisJobType.MATCH, 71));

        // The inbox message is written in the same transaction the mail would have been queued in.
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/notifications").json().size() >= 2);
        assertThat(api.get("/api/v1/notifications").json()).anySatisfy(message ->
                assertThat(message.path("title").asString()).isEqualTo("Your match against the vacancy is ready"));
        assertThat(jdbc.queryForObject("select count(*) from delivery where user_id = ? and event_type = ?",
                Integer.class, user, "analysis.completed.v1")).isZero();
    }

    @Test
    void tellsNobodyOfAFailedJob() {
        UUID user = UUID.randomUUID();
        registered(user, "en");
        AnalysisCompleted failed = new AnalysisCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), user,
                AnalysisJobType.RESUME_REVIEW, AnalysisJobStatus.FAILED, UUID.randomUUID(), null, null,
                "The file has no text layer.", "/analysis/jobs/x");

        publish(failed);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from qh_processed_event where event_id = ?", Integer.class, failed.eventId()) == 1);
        assertThat(jdbc.queryForObject("select count(*) from delivery where event_id = ?", Integer.class,
                failed.eventId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from inbox_message where user_id = ? and event_type = ?",
                Integer.class, user, "analysis.completed.v1")).isZero();
    }

    @Test
    void pushesAJobsProgressToTheUsersOpenSocketOnly() throws Exception {
        UUID user = UUID.randomUUID();
        LinkedBlockingQueue<String> mine = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> others = new LinkedBlockingQueue<>();
        WebSocket socket = open(TestUsers.user(user), mine);
        WebSocket otherSocket = open(TestUsers.user(UUID.randomUUID()), others);
        UUID job = UUID.randomUUID();

        publish(new AnalysisProgressed(UUID.randomUUID(), Instant.now(), job, user, AnalysisJobType.RESUME_REVIEW,
                AnalysisJobStatus.RUNNING, 40, "ats"));

        String text = mine.poll(20, TimeUnit.SECONDS);
        assertThat(text).isNotNull();
        JsonNode frame = ApiClient.JSON.readTree(text);
        assertThat(frame.path("type").asString()).isEqualTo("analysis.progress");
        assertThat(frame.path("jobId").asString()).isEqualTo(job.toString());
        assertThat(frame.path("progress").asInt()).isEqualTo(40);
        assertThat(frame.path("step").asString()).isEqualTo("ats");
        assertThat(frame.path("jobType").asString()).isEqualTo("RESUME_REVIEW");
        assertThat(others).isEmpty();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        otherSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    private WebSocket open(String token, LinkedBlockingQueue<String> frames) {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/api/v1/notifications/ws?access_token=" + token),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                frames.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        }).join();
    }

    /** A user auth told us of (address and language), once their welcome mail is out. */
    private String registered(UUID user, String locale) {
        String email = "analysis-" + user + "@example.org";
        publish(new UserRegistered(UUID.randomUUID(), Instant.now(), user, email, "Analysis User", locale, true));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from contact where user_id = ?", Integer.class, user) == 1);
        return email;
    }

    private static AnalysisCompleted done(UUID user, UUID job, AnalysisJobType type, int score) {
        return new AnalysisCompleted(UUID.randomUUID(), Instant.now(), job, user, type, AnalysisJobStatus.DONE,
                UUID.randomUUID(), null, score, null, "/analysis/jobs/" + job);
    }

    private static MimeMessage awaitMail(String email, String subjectStart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> sentTo(m, email) && subject(m).startsWith(subjectStart)).findFirst().orElse(null),
                m -> m != null);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private void publish(IntegrationEvent event) {
        rabbit.convertAndSend("qh.events", IntegrationEvent.typeOf(event.getClass()),
                ApiClient.JSON.writeValueAsBytes(event), message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });
    }
}
