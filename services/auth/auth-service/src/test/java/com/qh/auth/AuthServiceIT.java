package com.qh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.auth.AuthApi.Reply;
import com.qh.test.QhServiceIT;
import java.time.Duration;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The main flow against real PostgreSQL, RabbitMQ and Redis (the production column): the verification event goes
 * through RabbitMQ, and the revoked access token is refused through the Redis denylist.
 */
@QhServiceIT
class AuthServiceIT {

    private static final String PASSWORD = "violet tractor sings at dawn";

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    @Test
    void signUpVerifySignInRefreshReuseAndSignOut() {
        AuthApi api = new AuthApi("http://localhost:" + port);
        String queue = listenTo("user.email-verification-requested.v1");
        String email = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        Map<String, Object> verification = awaitVerificationFor(queue, email);
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", verification.get("token"))).status())
                .isEqualTo(204);

        Reply signedIn = api.login(email, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", signedIn.string("accessToken")).json())
                .containsEntry("email", email).containsEntry("emailVerified", true);

        Reply refreshed = api.post("/api/v1/auth/refresh", Map.of("refreshToken", signedIn.string("refreshToken")));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", signedIn.string("refreshToken")))
                .problemType()).isEqualTo("refresh-token-reused");

        Reply again = api.login(email, PASSWORD);
        assertThat(api.post("/api/v1/auth/logout", Map.of(), again.string("accessToken")).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", again.string("accessToken")).status()).isEqualTo(401);
    }

    private String listenTo(String eventType) {
        Queue queue = new Queue("auth-it." + eventType + "." + UUID.randomUUID(), false, true, true);
        amqp.declareQueue(queue);
        TopicExchange exchange = new TopicExchange("qh.events", true, false);
        amqp.declareExchange(exchange);
        amqp.declareBinding(BindingBuilder.bind(queue).to(exchange).with(eventType));
        return queue.getName();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitVerificationFor(String queue, String email) {
        Message[] received = new Message[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (received[0] = rabbit.receive(queue)) != null);
        Map<String, Object> event = JsonMapper.builder().build().readValue(received[0].getBody(), Map.class);
        assertThat(event).containsEntry("email", email);
        return event;
    }
}
