package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The internal API stores files for any user, so only the services that generate them may call it
 * ({@code qh.document.internal.allowed-callers}, by default resume, letter and analysis): a token auth issued to
 * any other service for the document service is refused.
 */
@PlainStoreContext
class InternalCallersTest {

    @LocalServerPort
    int port;

    UUID userId;

    @BeforeEach
    void pickAUser() {
        userId = UUID.randomUUID();
    }

    @Test
    void storesFilesForTheServicesThatGenerateThem() {
        for (String service : new String[] { "resume", "letter", "analysis" }) {
            Reply stored = store(TestUsers.service(service, "document"), service);

            assertThat(stored.status()).as(service + ": " + stored).isEqualTo(201);
        }
        assertThat(ApiClient.on(port).as(TestUsers.user(userId)).get("/api/v1/documents").json()).hasSize(3);
    }

    @Test
    void refusesAnyOtherServiceWithAProblem() {
        Reply vacancy = store(TestUsers.service("vacancy", "document"), "from vacancy");
        Reply notification = store(TestUsers.service("notification", "document"), "from notification");

        assertThat(vacancy.status()).isEqualTo(403);
        assertThat(vacancy.problemType()).isEqualTo("service-not-allowed");
        assertThat(vacancy.json().get("detail").asString()).contains("qh.document.internal.allowed-callers");
        assertThat(notification.status()).isEqualTo(403);
        assertThat(ApiClient.on(port).as(TestUsers.user(userId)).get("/api/v1/documents").json()).isEmpty();
    }

    @Test
    void refusesAnAllowedServicesTokenMeantForAnotherService() {
        Reply forProfile = store(TestUsers.service("resume", "profile"), "not for us");

        assertThat(forProfile.status()).isEqualTo(401);
        assertThat(ApiClient.on(port).as(TestUsers.user(userId)).get("/api/v1/documents").json()).isEmpty();
    }

    private Reply store(String token, String marker) {
        return ApiClient.on(port).as(token).upload("/api/v1/internal/documents", "generated.pdf",
                "application/octet-stream", Fixtures.pdf(marker),
                Map.of("userId", userId.toString(), "kind", "GENERATED_RESUME"));
    }
}
