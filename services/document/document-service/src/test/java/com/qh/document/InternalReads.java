package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the internal-read tests share: a user who uploaded a resume, and reads of it through the internal API. */
abstract class InternalReads {

    @LocalServerPort
    int port;

    UUID userId;
    byte[] bytes;
    String id;

    @BeforeEach
    void uploadAResume() {
        userId = UUID.randomUUID();
        bytes = Fixtures.pdf("internal read " + userId);
        Reply uploaded = ApiClient.on(port).as(TestUsers.user(userId)).upload("/api/v1/documents",
                "resume.pdf", "application/pdf", bytes, Map.of("kind", "RESUME_UPLOAD"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        id = uploaded.json().get("id").asString();
    }

    Reply read(String token, String path, UUID forUser) {
        return ApiClient.on(port).as(token).get("/api/v1/internal/documents/" + id + path + "?userId=" + forUser);
    }

    String analysis() {
        return TestUsers.service("analysis", "document");
    }
}

