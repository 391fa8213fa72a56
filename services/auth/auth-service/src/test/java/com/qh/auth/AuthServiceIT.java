package com.qh.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts.Session;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The main flow against real PostgreSQL, RabbitMQ and Redis (the production column): the verification event goes
 * through RabbitMQ, and the revoked access token is refused through the Redis denylist.
 */
@QhServiceIT
class AuthServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    @Test
    void signUpVerifySignInRefreshReuseAndSignOut() {
        ApiClient api = ApiClient.on(port);
        TestAccounts accounts = new TestAccounts(api);
        EventQueue verifications = EventQueue.listeningTo("user.email-verification-requested.v1", amqp, rabbit);

        String email = accounts.registered(TestAccounts.newEmail("it"));
        JsonNode verification = verifications.next();
        assertThat(verification.path("email").asString()).isEqualTo(email);
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", verification.path("token").asString()))
                .status()).isEqualTo(204);

        Session signedIn = accounts.signIn(email);
        JsonNode me = api.as(signedIn.accessToken()).get("/api/v1/auth/me").json();
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("emailVerified").booleanValue()).isTrue();

        accounts.refreshed(signedIn);
        assertThat(accounts.refresh(signedIn.refreshToken()).problemType()).isEqualTo("refresh-token-reused");

        Session again = accounts.signIn(email);
        ApiClient session = api.as(again.accessToken());
        assertThat(session.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(session.get("/api/v1/auth/me").status()).isEqualTo(401);
    }
}
