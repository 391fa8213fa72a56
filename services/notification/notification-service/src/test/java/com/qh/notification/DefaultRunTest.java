package com.qh.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.auth.api.PasswordResetRequested;
import com.qh.platform.events.IntegrationEvent;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as the default run starts it: the launcher's {@code embedded} profile, mail and text messages
 * captured instead of sent, no mail server anywhere, the VAPID key pair generated into the data directory.
 */
@ActiveProfiles("embedded")
@QhServiceTest(properties = "qh.notification.delivery.poll-interval=100ms")
class DefaultRunTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Path DATA = temporaryDirectory();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("qh.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Test
    void showsCapturedMailOnlyToAdministrators() throws Exception {
        UUID user = UUID.randomUUID();
        String email = "victim-" + user + "@example.org";
        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, email, "Vic", "en",
                "reset-secret-" + user, Instant.now().plusSeconds(600)));
        String list = "/api/v1/dev/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8);

        JsonNode mails = await().atMost(Duration.ofSeconds(20)).until(
                () -> JSON.readTree(call(list, TestUsers.admin(UUID.randomUUID())).body()), found -> found.size() == 1);
        HttpResponse<String> anonymous = call(list, null);
        HttpResponse<String> someUser = call(list, TestUsers.user(UUID.randomUUID()));
        HttpResponse<String> oneAsUser = call("/api/v1/dev/mail/" + mails.get(0).path("id").asString(),
                TestUsers.user(UUID.randomUUID()));

        assertThat(mails.get(0).path("text").asString()).contains("reset-secret-" + user);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(someUser.statusCode()).isEqualTo(403);
        assertThat(someUser.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(someUser.body()).doesNotContain("reset-secret");
        assertThat(oneAsUser.statusCode()).isEqualTo(403);
    }

    @Test
    void reportsItselfHealthyWithoutAMailServer() throws Exception {
        HttpResponse<String> health = call("/actuator/health", null);

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void keepsTheGeneratedVapidKeyReadableByItsOwnerOnly() throws Exception {
        Path keys = DATA.resolve("keys/notification-vapid.keys");

        assertThat(keys).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rw-------");
    }

    private void publish(IntegrationEvent event) {
        rabbit.convertAndSend("qh.events", IntegrationEvent.typeOf(event.getClass()), JSON.writeValueAsBytes(event),
                message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });
    }

    private HttpResponse<String> call(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("qh-notification-default-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
