package com.qh.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.platform.web.HttpTestSupport;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TokenVerificationTest extends HttpTestSupport {

    private final UUID userId = UUID.randomUUID();

    @Autowired
    TokenDenylist denylist;

    @Test
    void acceptsAValidTokenAndHandsTheUserToTheController() {
        Answer answer = send(postJson("/api/v1/notes", "{\"title\":\"hello\"}", TOKENS.user(userId, "USER")));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("owner").asString()).isEqualTo(userId.toString());
    }

    @Test
    void asksForATokenWhenThereIsNone() {
        Answer answer = send(postJson("/api/v1/notes", "{\"title\":\"hello\"}", null));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.problemType()).isEqualTo("https://qh.dev/problems/unauthorized");
        assertThat(answer.json().get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void refusesExpiredTamperedUnsignedAndForeignTokens() {
        assertThat(statusWith(TOKENS.expiredUser(userId))).isEqualTo(401);
        assertThat(statusWith(TOKENS.tampered(userId))).isEqualTo(401);
        assertThat(statusWith(TOKENS.unsigned(userId))).isEqualTo(401);
        assertThat(statusWith(TOKENS.withIssuer(userId, "someone-else"))).isEqualTo(401);
        assertThat(statusWith("not.a.jwt")).isEqualTo(401);
    }

    @Test
    void refusesARevokedTokenUntilItExpires() {
        String tokenId = UUID.randomUUID().toString();
        String token = TOKENS.withId(userId, tokenId);
        assertThat(statusWith(token)).isEqualTo(201);

        denylist.revoke(tokenId, Instant.now().plusSeconds(900));

        assertThat(statusWith(token)).isEqualTo(401);
    }

    @Test
    void acceptsServiceTokensOnlyWhenMeantForThisService() {
        // The sample application is named 'sample'.
        assertThat(statusWith(TOKENS.service("resume", "sample"))).isNotEqualTo(401);
        assertThat(statusWith(TOKENS.service("resume", "document"))).isEqualTo(401);
        assertThat(statusWith(TOKENS.service("resume", null))).isEqualTo(401);
    }

    @Test
    void keepsAdminEndpointsFromUsers() {
        Answer asUser = send(request("/api/v1/admin/notes")
                .header("Authorization", "Bearer " + TOKENS.user(userId, "USER")));
        Answer asAdmin = send(request("/api/v1/admin/notes")
                .header("Authorization", "Bearer " + TOKENS.user(userId, "USER", "ADMIN")));

        assertThat(asUser.status()).isEqualTo(403);
        assertThat(asUser.problemType()).isEqualTo("https://qh.dev/problems/forbidden");
        assertThat(asAdmin.status()).isEqualTo(200);
    }

    @Test
    void leavesHealthAndApiDocsOpen() {
        assertThat(send(request("/actuator/health/liveness")).status()).isEqualTo(200);
        Answer apiDocs = send(request("/v3/api-docs"));
        assertThat(apiDocs.status()).isEqualTo(200);
        // The signed-in user comes from the token, so the documents must not ask clients for it.
        assertThat(apiDocs.text()).contains("/api/v1/notes").doesNotContain("AuthenticatedUser");
        // Service-to-service operations are not part of the public document.
        assertThat(apiDocs.text()).doesNotContain("/internal/");
    }

    private int statusWith(String token) {
        return send(postJson("/api/v1/notes", "{\"title\":\"hello\"}", token)).status();
    }
}
