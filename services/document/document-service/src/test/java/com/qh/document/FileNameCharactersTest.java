package com.qh.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names that look like something else: a right-to-left override makes {@code cv<U+202E>fdp.exe} read as
 * {@code cvexe.pdf}. Such characters never reach the stored name, the listing or {@code Content-Disposition}, and
 * a wrong kind is answered with the kinds there are, not a Java type.
 */
@PlainStoreContext
class FileNameCharactersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void signIn() {
        api = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
    }

    @Test
    void dropsBidiOverridesAndInvisibleCharactersFromUploadedNames() {
        Reply uploaded = api.upload("/api/v1/documents", "cv\u202Etxt.pdf", "application/octet-stream",
                Fixtures.pdf("rlo"),
                Map.of("kind", "RESUME_UPLOAD", "title", "My\u2066 CV\u2069\u200B"));
        String id = uploaded.json().get("id").asString();
        Reply version = api.upload("/api/v1/documents/" + id + "/versions", "\uFEFFnew\u00AD\u200Ecv.pdf",
                "application/octet-stream", Fixtures.pdf("rlo 2"), Map.of());
        Reply first = api.get("/api/v1/documents/" + id + "/versions/1/content");
        Reply current = api.get("/api/v1/documents/" + id + "/content");

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().get("fileName").asString()).isEqualTo("cvtxt.pdf");
        assertThat(uploaded.json().get("title").asString()).isEqualTo("My CV");
        assertThat(version.json().get("fileName").asString()).isEqualTo("newcv.pdf");
        assertThat(first.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"cvtxt.pdf\"; filename*=UTF-8''cvtxt.pdf");
        assertThat(current.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"newcv.pdf\"; filename*=UTF-8''newcv.pdf");
    }

    @Test
    void namesAFileOfOnlyInvisibleCharactersDocument() {
        Reply uploaded = api.upload("/api/v1/documents", "\u202E\u2067\u200D\u2028", "application/octet-stream",
                Fixtures.pdf("invisible"),
                Map.of("kind", "OTHER"));

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().get("fileName").asString()).isEqualTo("document.pdf");
    }

    @Test
    void sendsANameStoredBeforeWithoutItsBidiOverride() {
        String id = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                Fixtures.pdf("older"), Map.of("kind", "OTHER"))
                .json().get("id").asString();
        jdbc.update("update document_version set file_name = ? where document_id = ?::uuid", "cv\u202Efdp.exe", id);

        Reply download = api.get("/api/v1/documents/" + id + "/content");
        Reply listed = api.get("/api/v1/documents/" + id);

        assertThat(download.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"cvfdp.exe\"; filename*=UTF-8''cvfdp.exe");
        assertThat(listed.json().get("fileName").asString()).isEqualTo("cvfdp.exe");
    }

    @Test
    void namesTheKindsThereAreWhenTheKindIsWrong() {
        Reply wrong = api.upload("/api/v1/documents", "cv.pdf", "application/octet-stream",
                Fixtures.pdf("kind"), Map.of("kind", "INVOICE"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().toString()).doesNotContain("DocumentKind").doesNotContain("com.qh")
                .contains("RESUME_UPLOAD");
    }
}
