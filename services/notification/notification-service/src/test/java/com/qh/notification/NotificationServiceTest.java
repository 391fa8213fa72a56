package com.qh.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserDeleted;
import com.qh.platform.events.IntegrationEvent;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The notification service on the embedded infrastructure, mailing through a real SMTP server (GreenMail). */
@QhServiceTest(properties = {
        "qh.notification.public-base-url=https://qh.example.com",
        "qh.notification.delivery.poll-interval=100ms",
        "qh.notification.delivery.initial-backoff=50ms",
        "qh.notification.delivery.max-attempts=3" })
class NotificationServiceTest {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Autowired
    com.qh.platform.security.TokenDenylist denylist;

    @Test
    void mailsTheVerificationLinkInTheUsersLanguageWithValuesEscapedInHtml() throws Exception {
        String email = "vera-" + UUID.randomUUID() + "@example.org";
        publish(new EmailVerificationRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), email,
                "<b>Вера</b>", "ru-RU", "token-abc", Instant.parse("2026-11-24T10:00:00Z")));

        MimeMessage mail = awaitMailTo(email);

        assertThat(mail.getSubject()).isEqualTo("Подтвердите адрес электронной почты для QH");
        String body = decoded(mail);
        assertThat(body).contains("https://qh.example.com/verify-email?token=token-abc")
                .contains("2026-11-24 10:00 UTC").contains("&lt;b&gt;");
        assertThat(jdbc.queryForList("select outcome from delivery_attempt a join delivery d on d.id = a.delivery_id "
                + "where d.recipient = ?", String.class, email)).containsExactly("SENT");
    }

    @Test
    void mailsAPasswordResetInEnglishByDefault() throws Exception {
        String email = "grace-" + UUID.randomUUID() + "@example.org";
        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), email, "Grace",
                null, "reset-token", Instant.now().plusSeconds(1800)));

        MimeMessage mail = awaitMailTo(email);

        assertThat(mail.getSubject()).isEqualTo("Reset your QH password");
        assertThat(decoded(mail)).contains("reset-password?token=reset-token");
    }

    @Test
    void neverMailsTheSameEventTwice() throws Exception {
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        EmailVerificationRequested event = new EmailVerificationRequested(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), email, "Twice", "en", "t", Instant.now().plusSeconds(60));
        publish(event);
        awaitMailTo(email);

        publish(event);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from delivery where event_id = ?", Integer.class,
                event.eventId())).isEqualTo(1);
    }

    @Test
    void retriesAFailingDeliveryThenParksItAsDeadWithEveryAttemptLogged() {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        // No SMS provider is configured, so every attempt fails.
        jdbc.update("insert into delivery (id, event_id, event_type, channel, recipient, language, text_body, status, "
                + "next_attempt_at, created_at) values (?, ?, 'test.v1', 'SMS', '+79161234567', 'en', 'Hi', "
                + "'PENDING', ?, ?)", id, UUID.randomUUID(), now, now);

        await().atMost(Duration.ofSeconds(15)).until(() -> "DEAD".equals(jdbc.queryForObject(
                "select status from delivery where id = ?", String.class, id)));

        assertThat(jdbc.queryForList("select outcome from delivery_attempt where delivery_id = ? order by attempt",
                String.class, id)).containsExactly("FAILED", "FAILED", "DEAD");
        assertThat(jdbc.queryForObject("select last_error from delivery where id = ?", String.class, id))
                .contains("SMS");
    }

    @Test
    void letsAdminsEditPreviewAndResetTemplates() throws Exception {
        String path = "/api/v1/notifications/admin/templates/user.registered.v1/email/en";
        String admin = TestUsers.admin(UUID.randomUUID());

        assertThat(call("GET", path, null, TestUsers.user(UUID.randomUUID())).statusCode()).isEqualTo(403);
        assertThat(json(call("GET", path, null, admin)).get("overridden").asBoolean()).isFalse();
        HttpResponse<String> saved = call("PUT", path, """
                {"subject": "Hi {{displayName}}", "text": "Welcome, {{displayName}}", "html": "<p>{{displayName}}</p>"}""",
                admin);
        JsonNode preview = json(call("POST", path + "/preview", "{\"values\": {\"displayName\": \"<script>\"}}",
                admin));
        HttpResponse<String> invalid = call("PUT", path, "{\"subject\": \"No text\"}", admin);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).get("placeholders").toString()).isEqualTo("[\"displayName\"]");
        // The catalog lists every shipped template and says which one an admin changed.
        JsonNode catalog = json(call("GET", "/api/v1/notifications/admin/templates", null, admin));
        assertThat(catalog.size()).isGreaterThanOrEqualTo(28);
        assertThat(catalog.toString()).contains("{\"eventType\":\"user.password-reset-requested.v1\","
                + "\"channel\":\"in-app\",\"language\":\"ru\",\"overridden\":false,\"shipped\":true}");
        JsonNode edited = null;
        for (JsonNode entry : catalog) {
            if (entry.get("eventType").asString().equals("user.registered.v1") && entry.get("channel").asString()
                    .equals("email") && entry.get("language").asString().equals("en")) {
                edited = entry;
            }
        }
        assertThat(edited).isNotNull();
        assertThat(edited.get("overridden").asBoolean()).isTrue();
        assertThat(edited.has("updatedAt")).isTrue();
        assertThat(call("GET", "/api/v1/notifications/admin/templates", null, TestUsers.user(UUID.randomUUID()))
                .statusCode()).isEqualTo(403);
        assertThat(preview.get("subject").asString()).isEqualTo("Hi <script>");
        assertThat(preview.get("html").asString()).isEqualTo("<p>&lt;script&gt;</p>\n".strip());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(call("DELETE", path, null, admin).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", path, null, admin)).get("subject").asString()).isEqualTo("Welcome to QH");
    }

    @Test
    void erasesWhatItKeptForADeletedAccount() throws Exception {
        UUID user = UUID.randomUUID();
        String email = "gone-" + UUID.randomUUID() + "@example.org";
        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, email, "Gone", "en", "t",
                Instant.now().plusSeconds(60)));
        awaitMailTo(email);

        publish(new UserDeleted(UUID.randomUUID(), Instant.now(), user));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from delivery where user_id = ?", Integer.class, user) == 0);
    }

    @Test
    void pushesANewInAppMessageToTheUsersSocketAndKeepsItInTheInbox() throws Exception {
        UUID user = UUID.randomUUID();
        String token = TestUsers.user(user);
        java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/api/v1/notifications/ws?access_token=" + token),
                        new java.net.http.WebSocket.Listener() {
                            @Override
                            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                                    CharSequence data, boolean last) {
                                frames.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        }).join();

        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, "inbox-" + user + "@example.org",
                "Inbox", "en", "t", Instant.now().plusSeconds(60)));

        JsonNode frame = JSON.readTree(frames.poll(20, java.util.concurrent.TimeUnit.SECONDS));
        assertThat(frame.get("type").asString()).isEqualTo("notification");
        assertThat(frame.at("/notification/title").asString()).isEqualTo("Password reset requested");
        String id = frame.at("/notification/id").asString();
        assertThat(json(call("GET", "/api/v1/notifications/unread-count", null, token)).get("unread").asInt())
                .isEqualTo(1);
        assertThat(call("POST", "/api/v1/notifications/" + id + "/read", null, TestUsers.user(UUID.randomUUID()))
                .statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/notifications/" + id + "/read", null, token).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", "/api/v1/notifications?unread=true", null, token))).isEmpty();
        socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void closesASocketWithin2SecondsOnceItsTokenIsRevoked() throws Exception {
        UUID user = UUID.randomUUID();
        String token = TestUsers.user(user);
        String other = TestUsers.user(user);
        java.util.concurrent.CompletableFuture<String> revokedClosed = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<String> otherClosed = new java.util.concurrent.CompletableFuture<>();
        java.net.http.WebSocket revokedSocket = openSocket(token, revokedClosed);
        java.net.http.WebSocket otherSocket = openSocket(other, otherClosed);
        JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        denylist.revoke(claims.get("jti").asString(), Instant.ofEpochSecond(claims.get("exp").asLong()));

        String closed = await().atMost(Duration.ofSeconds(2)).until(() -> revokedClosed.getNow(null),
                java.util.Objects::nonNull);
        assertThat(closed).isEqualTo("4401 Token revoked");
        // The user's other session, with a token of its own, stays open.
        assertThat(otherClosed).isNotDone();
        assertThat(revokedSocket.isInputClosed()).isTrue();
        otherSocket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    private java.net.http.WebSocket openSocket(String token, java.util.concurrent.CompletableFuture<String> closed) {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/api/v1/notifications/ws?access_token=" + token),
                        new java.net.http.WebSocket.Listener() {
                            @Override
                            public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket ws,
                                    int statusCode, String reason) {
                                closed.complete(statusCode + " " + reason);
                                return null;
                            }
                        }).join();
    }

    @Test
    void refusesASocketWithoutAValidToken() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> HttpClient.newHttpClient()
                .newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port
                        + "/api/v1/notifications/ws?access_token=forged"), new java.net.http.WebSocket.Listener() {
                        }).join())).hasRootCauseMessage("Unexpected HTTP response status code 401");
    }

    private void publish(IntegrationEvent event) {
        rabbit.convertAndSend("qh.events", IntegrationEvent.typeOf(event.getClass()), JSON.writeValueAsBytes(event),
                message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });
    }

    private static MimeMessage awaitMailTo(String email) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email), list -> !list.isEmpty()).get(0);
    }

    /** Every text part of a mail, decoded: plain text, then HTML. */
    static String decoded(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(decoded(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String text ? text : "";
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(email);
            }
            catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    @Test
    void describesEveryEndpointInItsOpenApiDocument() throws Exception {
        JsonNode document = json(call("GET", "/v3/api-docs", null, TestUsers.user(UUID.randomUUID())));

        assertThat(document.get("paths").propertyNames()).contains("/api/v1/notifications",
                "/api/v1/notifications/unread-count", "/api/v1/notifications/{id}/read",
                "/api/v1/notifications/read-all", "/api/v1/notifications/preferences", "/api/v1/notifications/phone",
                "/api/v1/notifications/phone/verify",
                "/api/v1/notifications/push/public-key", "/api/v1/notifications/push/subscriptions",
                "/api/v1/notifications/push/subscriptions/{id}", "/api/v1/notifications/unsubscribe/{token}",
                "/api/v1/subscriptions", "/api/v1/subscriptions/confirm", "/api/v1/subscriptions/status",
                "/api/v1/subscriptions/unsubscribe/{token}",
                "/api/v1/notifications/admin/templates/{eventType}/{channel}/{language}",
                "/api/v1/notifications/admin/templates/{eventType}/{channel}/{language}/preview");
        document.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.path("summary").asString()).as(operation.toString()).isNotBlank()));
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
