package com.qh.launcher.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.AppDefinition;
import com.qh.launcher.LaunchSettings;
import com.qh.launcher.QhPlatform;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22: the default run does not need 8081–8090. With auth's and analysis's catalog ports held by another
 * program, the platform (auth, analysis and the gateway, on a gateway port given as a user gives
 * {@code QH_HTTP_PORT}) starts, and a user signs up and in through the gateway and is answered by auth and by
 * analysis, which the launcher moved to free ports and told everyone about.
 */
class BusyServicePortsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "Correct-horse-battery-9";

    @TempDir
    Path data;

    @Test
    void startsAndServesThroughTheGatewayWhileServicePortsAreTaken() throws Exception {
        int httpPort = BusyPorts.freePort();
        LaunchSettings defaults = LaunchSettings.fromEnvironment();
        LaunchSettings settings = new LaunchSettings(defaults.projectRoot(), data, httpPort, defaults.isolation(),
                defaults.readyTimeout(), defaults.childJvmOptions(), List.of("auth", "analysis", "gateway"),
                AppDefinition.LOOPBACK);
        try (BusyPorts busy = BusyPorts.occupy(8081, 8086);
                QhPlatform platform = QhPlatform.start(settings)) {
            assertThat(platform.gatewayUrl()).isEqualTo("http://localhost:" + httpPort);
            assertThat(platform.url("auth")).isNotEqualTo("http://localhost:8081");
            assertThat(platform.url("analysis")).isNotEqualTo("http://localhost:8086");

            String accessToken = signUpAndIn(platform);

            HttpResponse<String> me = send(platform, "GET", "/api/v1/auth/me", null, accessToken);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).path("email").asString()).endsWith("@example.org");

            HttpResponse<String> tone = send(platform, "POST", "/api/v1/analysis/tone",
                    "{\"text\":\"Led a team of five engineers and shipped the payments platform on time.\"}",
                    accessToken);
            assertThat(tone.statusCode()).as(tone.body()).isEqualTo(200);
            assertThat(JSON.readTree(tone.body()).path("language").asString()).isEqualTo("en");
        }
    }

    /** Registers, verifies the address with the token auth announces on the broker, and signs in. */
    private static String signUpAndIn(QhPlatform platform) throws Exception {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(platform.brokerPort());
        try (Connection connection = factory.newConnection()) {
            Channel channel = connection.createChannel();
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            channel.queueBind(queue, "qh.events", "user.email-verification-requested.v1");
            channel.basicConsume(queue, true, (tag, message) -> {
                JsonNode event = JSON.readTree(message.getBody());
                tokens.put(event.get("email").asString(), event.get("token").asString());
            }, tag -> { });

            String email = "ports-" + UUID.randomUUID() + "@example.org";
            HttpResponse<String> registered = send(platform, "POST", "/api/v1/auth/register", """
                    {"email":"%s","password":"%s","displayName":"Port Tester","locale":"en"}"""
                    .formatted(email, PASSWORD), null);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String token = await().atMost(Duration.ofSeconds(30)).until(() -> tokens.get(email), found -> found != null);
            assertThat(send(platform, "POST", "/api/v1/auth/verify-email", "{\"token\":\"%s\"}".formatted(token), null)
                    .statusCode()).isEqualTo(204);
            HttpResponse<String> login = send(platform, "POST", "/api/v1/auth/login",
                    "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD), null);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            return JSON.readTree(login.body()).get("accessToken").asString();
        }
    }

    private static HttpResponse<String> send(QhPlatform platform, String method, String path, String json,
            String accessToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
