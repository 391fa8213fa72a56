package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** "Download all my data": every service's answer and every document's file in one ZIP, gaps named, not fatal. */
class DataExportTest extends WebAppTestBase {

    static final String DOC_A = "d0000000-0000-4000-8000-00000000000a";
    static final String DOC_B = "d0000000-0000-4000-8000-00000000000b";
    static final String DOC_C = "d0000000-0000-4000-8000-00000000000c";
    static final String VACANCY = "5d1c8a52-8f3e-4c7e-9a51-2b3f1e0c9d77";

    @Test
    void zipsEveryPartAndEveryFileAndNamesWhatCouldNotBeHad() throws IOException, InterruptedException {
        Browser browser = signedInVera();
        stubEverything();
        assertThat(browser.get("/account").body()).contains("href=\"/account/export/all\" download>Download all my data");

        Map<String, String> zip = unzip(browser, "/account/export/all");

        assertThat(zip.keySet()).contains("account.json", "profile.json", "resume.json", "resumes.json",
                "analysis.json", "notifications.json", "notification-preferences.json", "vacancies.json",
                "documents.json", "documents/cv.pdf", "documents/cv (2).pdf", "README.txt")
                .doesNotContain("letters.json", "documents/missing.pdf");
        assertThat(zip.get("account.json")).contains("\"email\" : \"vera@example.org\"");
        assertThat(zip.get("profile.json")).contains("\"schemaVersion\" : 1");
        // Each application in full, with its tracker history, not the list's summary.
        assertThat(zip.get("vacancies.json")).contains("\"history\"").contains("Java developer");
        assertThat(zip.get("documents/cv.pdf")).isEqualTo("%PDF-1.7 first");
        assertThat(zip.get("documents/cv (2).pdf")).isEqualTo("%PDF-1.7 second");
        assertThat(zip.get("README.txt")).contains("Not included").contains("letters.json")
                .contains("documents/missing.pdf");
        api.server.verify(getRequestedFor(urlEqualTo("/api/v1/profile/export?format=json-resume&language=en")));
    }

    @Test
    void sendsSomeoneSignedOutToSignInFirst() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/account/export/all")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/sign-in?next=");
    }

    private Map<String, String> unzip(Browser browser, String path) throws IOException {
        HttpResponse<byte[]> file = browser.download(path);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("qh-data-");
        byte[] bytes = file.body();
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private void stubEverything() {
        api.server.stubFor(get("/api/v1/auth/me").willReturn(okJson(
                "{\"id\": \"u1\", \"email\": \"vera@example.org\", \"roles\": [\"USER\"]}")));
        api.server.stubFor(get("/api/v1/profile/export?format=native").willReturn(okJson(
                "{\"schemaVersion\": 1, \"profile\": {}}")));
        api.server.stubFor(get("/api/v1/profile/export?format=json-resume&language=en").willReturn(okJson(
                "{\"basics\": {\"name\": \"Vera\"}}")));
        api.server.stubFor(get("/api/v1/resumes").willReturn(okJson("[]")));
        api.server.stubFor(get("/api/v1/letters").willReturn(FakeApi.problem(503, "service-unavailable",
                "The letter service is not answering.", "")));
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=100").willReturn(okJson("[]")));
        api.server.stubFor(get("/api/v1/notifications?limit=200").willReturn(okJson("[]")));
        api.server.stubFor(get("/api/v1/notifications/preferences").willReturn(okJson("{\"categories\": []}")));
        api.server.stubFor(get("/api/v1/vacancies?page=0&size=100").willReturn(okJson("""
                {"items": [{"id": "%s", "title": "Java developer"}], "page": 0, "size": 100, "total": 1}"""
                .formatted(VACANCY))));
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson("""
                {"id": "%s", "title": "Java developer", "tracker": {"status": "APPLIED",
                 "history": [{"status": "SAVED"}, {"status": "APPLIED"}]}}""".formatted(VACANCY))));
        api.server.stubFor(get("/api/v1/documents").willReturn(okJson("""
                [{"id": "%s", "fileName": "cv.pdf"}, {"id": "%s", "fileName": "cv.pdf"},
                 {"id": "%s", "fileName": "missing.pdf"}]""".formatted(DOC_A, DOC_B, DOC_C))));
        api.server.stubFor(get("/api/v1/documents/" + DOC_A + "/download").willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7 first")));
        api.server.stubFor(get("/api/v1/documents/" + DOC_B + "/download").willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7 second")));
        api.server.stubFor(get("/api/v1/documents/" + DOC_C + "/download").willReturn(FakeApi.problem(404,
                "not-found", "No such document.", "")));
    }
}
