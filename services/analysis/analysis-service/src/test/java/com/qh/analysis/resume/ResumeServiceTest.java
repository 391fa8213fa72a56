package com.qh.analysis.resume;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Resume parsing and the ATS check over HTTP on the embedded infrastructure. The document service is WireMock in
 * the JVM answering as the real one does: the owner's token gets the document, anyone else a 404.
 */
@QhServiceTest
class ResumeServiceTest {

    static final WireMockServer DOCUMENTS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        DOCUMENTS.start();
    }

    @DynamicPropertySource
    static void documentService(DynamicPropertyRegistry registry) {
        registry.add("qh.services.document.url", DOCUMENTS::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final UUID owner = UUID.randomUUID();
    final String ownerToken = TestUsers.user(owner);
    final UUID documentId = UUID.randomUUID();

    @BeforeEach
    void storedResume() {
        DOCUMENTS.resetAll();
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + documentId))
                .withHeader("Authorization", equalTo("Bearer " + ownerToken))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "RESUME_UPLOAD", "currentVersion": 2, "fileName": "cv.pdf",
                         "mediaType": "application/pdf", "size": 1000, "sha256": "%s"}
                        """.formatted(documentId, "ab".repeat(32)))));
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + documentId + "/versions/2/content"))
                .withHeader("Authorization", equalTo("Bearer " + ownerToken))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                        .withBody(Resumes.javaDeveloperRu())));
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + documentId)).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
    }

    ApiClient as(String token) {
        return ApiClient.on(port).as(token);
    }

    @Test
    void parsesAFileSentAlong() {
        Reply reply = as(ownerToken).upload("/api/v1/analysis/resumes/parse", "cv.pdf", "application/pdf",
                Resumes.twoColumnsEn());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("contacts").path("email").path("value").asString())
                .isEqualTo("daniel.novak@proton.me");
        assertThat(reply.json().path("experience").get(0).path("company").path("value").asString())
                .isEqualTo("Kiwi.com");
        assertThat(reply.json().path("experience").get(0).path("start").asString()).isEqualTo("2020-03");
        assertThat(reply.json().path("skills")).isNotEmpty();
    }

    @Test
    void readsA3MegabyteUploadThatSpringsDefaultLimitWouldRefuse() {
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        byte[] pdf = Resumes.twoColumnsEn();
        System.arraycopy(pdf, 0, threeMegabytes, 0, pdf.length);
        Reply big = as(ownerToken).upload("/api/v1/analysis/resumes/parse", "cv.pdf", "application/pdf",
                threeMegabytes);

        // The PDF padded with zeros to 3 MB: read (200) or refused as damaged (422), never the 1 MB default's 413.
        assertThat(big.status()).isIn(200, 422);
    }

    @Test
    void refusesAScanAndAnEmptyFileWithAProblemDocument() {
        Reply scan = as(ownerToken).upload("/api/v1/analysis/resumes/parse", "scan.pdf", "application/pdf",
                Resumes.imageOnlyPdf());
        Reply empty = as(ownerToken).upload("/api/v1/analysis/resumes/parse", "cv.txt", "text/plain", new byte[0]);

        assertThat(scan.status()).isEqualTo(422);
        assertThat(scan.problemType()).isEqualTo("image-only-document");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.problemType()).isEqualTo("empty-document");
    }

    @Test
    void parsesAStoredDocumentOnceAndKeepsTheParse() {
        Reply first = as(ownerToken).post("/api/v1/analysis/resumes/parse", Map.of("documentId", documentId));
        Reply second = as(ownerToken).post("/api/v1/analysis/resumes/parse", Map.of("documentId", documentId));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("contacts").path("phone").path("value").asString()).isEqualTo("+79161234567");
        // The same resume as a JSON Resume, what the profile's import takes; derived again from the kept parse.
        JsonNode jsonResume = first.json().path("jsonResume");
        assertThat(jsonResume.at("/basics/phone").asString()).isEqualTo("+79161234567");
        assertThat(jsonResume.at("/work/0/name").asString())
                .isEqualTo(first.json().at("/experience/0/company/value").asString());
        assertThat(jsonResume.at("/work/0/startDate").asString()).matches("\\d{4}(-\\d{2})?");
        assertThat(second.json()).isEqualTo(first.json());
        DOCUMENTS.verify(1, getRequestedFor(urlEqualTo("/api/v1/documents/" + documentId + "/versions/2/content")));
        assertThat(jdbc.sql("select count(*) from analysis_parsed_resume where document_id = ?").param(documentId)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void answers404ForSomeoneElsesDocument() {
        Reply reply = as(TestUsers.user(UUID.randomUUID())).post("/api/v1/analysis/resumes/parse",
                Map.of("documentId", documentId));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(ApiClient.on(port).as(TestUsers.user(UUID.randomUUID())).post("/api/v1/analysis/ats",
                Map.of("documentId", documentId)).status()).isEqualTo(404);
    }

    @Test
    void refusesARequestWithoutADocumentId() {
        Reply reply = as(ownerToken).post("/api/v1/analysis/resumes/parse", Map.of());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).contains("documentId");
    }

    @Test
    void checksAFileAndAStoredDocumentForAts() {
        Reply file = as(ownerToken).upload("/api/v1/analysis/ats", "cv.pdf", "application/pdf",
                Resumes.twoColumnsEn());
        Reply stored = as(ownerToken).post("/api/v1/analysis/ats", Map.of("documentId", documentId));

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.json().path("score").asInt()).isBetween(1, 99);
        assertThat(file.json().path("findings").findValuesAsString("code")).contains("MULTI_COLUMN");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().path("facts").path("pages").asInt()).isEqualTo(1);
    }

    @Test
    void describesBothEndpointsInOpenApi() {
        Reply api = ApiClient.on(port).get("/v3/api-docs");

        assertThat(api.json().path("paths").has("/api/v1/analysis/resumes/parse")).isTrue();
        assertThat(api.json().path("paths").has("/api/v1/analysis/ats")).isTrue();
    }
}
