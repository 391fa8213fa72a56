package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user of a platform a test started itself ({@link QhPlatform#start(LaunchSettings)}, not the shared
 * {@link RunningPlatform}): signs up, verifies the address with the token auth announces on the broker, signs in,
 * and sends requests through the gateway.
 */
public final class PlatformUsers {

    /** The password of every user made here; it passes auth's policy. */
    public static final String PASSWORD = "Correct-horse-battery-9";

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PlatformUsers() {
    }

    /** A new verified user, signed in: their access token. */
    public static String signUpAndIn(QhPlatform platform) throws Exception {
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

            String email = "user-" + UUID.randomUUID() + "@example.org";
            HttpResponse<String> registered = send(platform, "POST", "/api/v1/auth/register", """
                    {"email":"%s","password":"%s","displayName":"Platform Tester","locale":"en"}"""
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

    /** A request through the gateway; {@code json} and {@code accessToken} may be null. */
    public static HttpResponse<String> send(QhPlatform platform, String method, String path, String json,
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
