package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documents pages and the public share page against the document service's API. */
class DocumentPagesTest extends WebAppTestBase {

    static final String BASE = "/api/v1/documents/" + DocumentFixtures.DOC;

    @Test
    void listsTheDocumentsWithTheirKindSizeAndTheQuota() {
        Browser browser = signedInVera();
        stubList(DocumentFixtures.list());

        String html = browser.get("/documents").body();

        assertThat(html).contains("href=\"/documents/" + DocumentFixtures.DOC + "\">Резюме Веры Соколовой</a>")
                .contains("Resume · <span class=\"nowrap\">180\u00a0KB</span> · <span class=\"nowrap\">version 3</span>").contains("photo.jpg").contains("2.3\u00a0MB")
                .contains("2 of 200 documents").contains("data-upload").contains("/js/upload.js")
                .contains("<a href=\"/documents\" aria-current=\"page\">Documents</a>");
    }

    @Test
    void explainsWhatToDoWithNoDocumentYet() {
        Browser browser = signedInVera();
        stubList("[]");

        assertThat(browser.get("/documents").body()).contains("No documents yet.").contains("Upload your resume");
    }

    @Test
    void uploadsTheFileAsItCameWithItsKindAndTitleAndOpensTheDocument() {
        Browser browser = signedInVera();
        stubList("[]");
        api.server.stubFor(post("/api/v1/documents").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", BASE)
                .withBody(DocumentFixtures.one())));
        browser.get("/documents");

        HttpResponse<String> uploaded = browser.postFile("/documents", Map.of("kind", "RESUME_UPLOAD",
                "title", "My CV"), "cv.pdf", "application/pdf", "%PDF-1.7 the resume".getBytes(StandardCharsets.UTF_8));

        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/documents/" + DocumentFixtures.DOC);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/documents"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"cv.pdf\""))
                        .withBody(equalTo("%PDF-1.7 the resume")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("kind")
                        .withBody(equalTo("RESUME_UPLOAD")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("title")
                        .withBody(equalTo("My CV")).build()));
    }

    @Test
    void passesACyrillicFileNameOnAsItCame() {
        Browser browser = signedInVera();
        stubList("[]");
        api.server.stubFor(post("/api/v1/documents").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(DocumentFixtures.one())));
        browser.get("/documents");

        browser.postFile("/documents", Map.of("kind", "RESUME_UPLOAD"), "Резюме Веры.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8));

        var sent = api.server.findAll(postRequestedFor(urlPathEqualTo("/api/v1/documents"))).getFirst();
        String disposition = sent.getPart("file").getHeader("Content-Disposition").firstValue();
        // Raw UTF-8 in the quoted name, as browsers send it and as Tomcat at the document service reads it.
        assertThat(disposition).isEqualTo("form-data; name=\"file\"; filename=\"Резюме Веры.pdf\"");
    }

    @Test
    void showsARefusedUploadOnTheForm() {
        Browser browser = signedInVera();
        stubList("[]");
        api.server.stubFor(post("/api/v1/documents").willReturn(FakeApi.problem(415, "unsupported-document-type",
                "Not a document.", "")));
        browser.get("/documents");

        HttpResponse<String> refused = browser.postFile("/documents", Map.of("kind", "OTHER"), "tool.exe",
                "application/octet-stream", "MZ".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("This file type cannot be read");

        HttpResponse<String> empty = browser.postFile("/documents", Map.of("kind", "OTHER"), "", "application/pdf",
                new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"f-file-error\">Choose a file.");
    }

    @Test
    void showsVersionsAndShareLinksAndDownloadsThroughTheApp() {
        Browser browser = signedInVera();
        stubDocument();
        api.server.stubFor(get(BASE + "/content").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withHeader("ETag", "\"ab\"")
                .withHeader("Content-Disposition", "attachment; filename=\"vera-sokolova-cv.pdf\"")
                .withBody("%PDF-1.7 current")));
        api.server.stubFor(get(BASE + "/versions/2/content").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7 second")));

        String html = browser.get("/documents/" + DocumentFixtures.DOC).body();
        assertThat(html).contains("<h1>Резюме Веры Соколовой</h1>").contains("restored from version 1")
                .contains("/documents/" + DocumentFixtures.DOC + "/versions/2/restore")
                .doesNotContain("/versions/3/restore")
                .contains("until Dec 31, 2099").contains("with a password").contains("downloaded 2 times")
                .contains("/shares/" + DocumentFixtures.SHARE + "/revoke").contains("Revoked");

        HttpResponse<String> file = browser.get("/documents/" + DocumentFixtures.DOC + "/download");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("%PDF-1.7 current");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("vera-sokolova-cv.pdf");
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(browser.get("/documents/" + DocumentFixtures.DOC + "/versions/2/download").body())
                .isEqualTo("%PDF-1.7 second");
    }

    @Test
    void anotherPersonsDocumentIsNotFoundEvenForADownload() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo(BASE + "/content")).willReturn(
                FakeApi.problem(404, "not-found", "No such document.", "")));

        HttpResponse<String> refused = browser.get("/documents/" + DocumentFixtures.DOC + "/download");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("This page does not exist.");
    }

    @Test
    void makesAShareLinkWithAPasswordAndAnEndDateAndShowsItOnce() {
        Browser browser = signedInVera();
        stubDocument();
        api.server.stubFor(post(BASE + "/shares").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + DocumentFixtures.SHARE
                        + "\", \"token\": \"" + DocumentFixtures.TOKEN + "\", \"path\": \"/api/v1/documents/shared/"
                        + DocumentFixtures.TOKEN + "\", \"passwordProtected\": true}")));
        browser.get("/documents/" + DocumentFixtures.DOC);

        HttpResponse<String> made = browser.post("/documents/" + DocumentFixtures.DOC + "/shares",
                Map.of("password", "long enough secret", "expiresAt", "2099-12-31"));

        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body()).contains("The share link is ready")
                .contains("value=\"http://localhost:" + port + "/shared/" + DocumentFixtures.TOKEN + "\"");
        api.server.verify(postRequestedFor(urlPathEqualTo(BASE + "/shares"))
                .withRequestBody(matchingJsonPath("$.password", equalTo("long enough secret")))
                .withRequestBody(matchingJsonPath("$.expiresAt")));

        HttpResponse<String> past = browser.post("/documents/" + DocumentFixtures.DOC + "/shares",
                Map.of("password", "", "expiresAt", "2001-01-01"));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("id=\"f-expiresAt-error\">Choose today or a later day.");
    }

    @Test
    void revokesALinkAndDeletesADocument() {
        Browser browser = signedInVera();
        stubDocument();
        api.server.stubFor(delete(BASE + "/shares/" + DocumentFixtures.SHARE).willReturn(aResponse().withStatus(204)));
        api.server.stubFor(delete(BASE).willReturn(aResponse().withStatus(204)));
        browser.get("/documents/" + DocumentFixtures.DOC);

        HttpResponse<String> revoked = browser.post("/documents/" + DocumentFixtures.DOC + "/shares/"
                + DocumentFixtures.SHARE + "/revoke", Map.of());
        assertThat(revoked.headers().firstValue("Location").orElseThrow()).contains("/documents/" + DocumentFixtures.DOC);
        api.server.verify(deleteRequestedFor(urlPathEqualTo(BASE + "/shares/" + DocumentFixtures.SHARE)));

        HttpResponse<String> deleted = browser.header("HX-Request", "true")
                .post("/documents/" + DocumentFixtures.DOC + "/delete", Map.of());
        assertThat(deleted.headers().firstValue("HX-Redirect").orElseThrow()).isEqualTo("/documents");
        api.server.verify(deleteRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void theSharedPageDownloadsNothingUntilAskedAndSendsThePasswordInTheHeader() {
        String path = "/api/v1/documents/shared/" + DocumentFixtures.TOKEN;
        api.server.stubFor(get(path).withHeader("X-Share-Password", absent()).willReturn(
                FakeApi.problem(401, "share-password-required", "A password is required.", "")));
        api.server.stubFor(get(path).withHeader("X-Share-Password", equalTo("long enough secret"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "attachment; filename=\"cv.pdf\"").withBody("%PDF shared")));
        Browser stranger = browser();

        HttpResponse<String> page = stranger.get("/shared/" + DocumentFixtures.TOKEN);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Someone shared a document with you");
        api.server.verify(0, getRequestedFor(urlPathEqualTo(path)));

        HttpResponse<String> needsPassword = stranger.post("/shared/" + DocumentFixtures.TOKEN, Map.of("password", ""));
        assertThat(needsPassword.statusCode()).isEqualTo(401);
        assertThat(needsPassword.body()).contains("id=\"f-password-error\">This link needs a password.");

        HttpResponse<String> file = stranger.post("/shared/" + DocumentFixtures.TOKEN,
                Map.of("password", "long enough secret"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("%PDF shared");
        api.server.verify(0, getRequestedFor(urlPathEqualTo(path)).withQueryParam("password", containing("")));
    }

    @Test
    void aRevokedShareLinkSaysSo() {
        api.server.stubFor(get("/api/v1/documents/shared/" + DocumentFixtures.TOKEN).willReturn(
                FakeApi.problem(404, "not-found", "No such link.", "")));
        Browser stranger = browser();
        stranger.get("/shared/" + DocumentFixtures.TOKEN);

        HttpResponse<String> gone = stranger.post("/shared/" + DocumentFixtures.TOKEN, Map.of("password", ""));

        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("This link does not work").doesNotContain("name=\"password\"");
    }

    private void stubList(String documents) {
        api.server.stubFor(get("/api/v1/documents").willReturn(okJson(documents)));
        api.server.stubFor(get("/api/v1/documents/usage").willReturn(okJson(DocumentFixtures.usage())));
    }

    private void stubDocument() {
        api.server.stubFor(get(BASE).willReturn(okJson(DocumentFixtures.one())));
        api.server.stubFor(get(BASE + "/versions").willReturn(okJson(DocumentFixtures.versions())));
        api.server.stubFor(get(BASE + "/shares").willReturn(okJson(DocumentFixtures.shares())));
    }

}
