package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

/** The resume upload page: the upload as it reaches the API, then the review it started, until its report. */
class UploadPageTest extends WebAppTestBase {

    static final String DOC = DocumentFixtures.DOC;
    static final String JOB = "9e3a6dac-4b5f-4c8d-9e2f-3a4b5c6d7e8f";

    @Test
    void showsADropZoneWithAnOrdinaryLabelledFileInput() {
        Browser browser = signedInVera();

        String page = browser.get("/upload").body();

        assertThat(page).contains("<h1>Upload your resume</h1>").contains("data-drop").contains("data-upload")
                .contains("<label class=\"drop-or\" for=\"f-file\">or choose the file</label>")
                .contains("id=\"f-file\" name=\"file\" type=\"file\"").contains("/js/upload.js")
                .contains("action=\"/upload\"").contains("hx-post=\"/upload\"").contains("name=\"_csrf\"");
    }

    @Test
    void storesTheFileAsAResumeUploadAndFollowsItsReview() {
        Browser browser = signedInVera();
        stubStored();
        browser.get("/upload");

        HttpResponse<String> uploaded = browser.postFile("/upload", Map.of(), "cv.pdf", "application/pdf",
                "%PDF-1.7 the resume".getBytes(StandardCharsets.UTF_8));

        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/upload/" + DOC);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/documents"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("file")
                        .withBody(equalTo("%PDF-1.7 the resume")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("kind")
                        .withBody(equalTo("RESUME_UPLOAD")).build()));
    }

    @Test
    void tellsHtmxWhereTheReviewIsFollowed() {
        api.veraSignsIn(900);
        stubStored();
        Tab tab = new Tab(port).signedIn();
        tab.get("/upload");

        HttpResponse<String> uploaded = tab.upload("/upload", "cv.pdf", "application/pdf",
                "%PDF".getBytes(StandardCharsets.UTF_8), "HX-Request", "true");

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.headers().firstValue("HX-Redirect")).hasValue("/upload/" + DOC);
    }

    @Test
    void showsARefusedOrMissingFileOnTheForm() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/documents").willReturn(FakeApi.problem(415, "unsupported-document-type",
                "Not a document.", "")));
        browser.get("/upload");

        HttpResponse<String> refused = browser.postFile("/upload", Map.of(), "tool.exe", "application/octet-stream",
                "MZ".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("This file type cannot be read");

        HttpResponse<String> empty = browser.postFile("/upload", Map.of(), "", "application/pdf", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"f-file-error\">Choose a file.").contains("drop-zone has-error");
    }

    @Test
    void waitsForTheReviewTheUploadStartsAskingAgainAtOnceWhenAJobMoves() {
        Browser browser = signedInVera();
        stubDocument();
        stubJobs("""
                [{"id": "%s", "type": "MATCH", "status": "DONE", "progress": 100, "step": "match",
                  "vacancyId": "11111111-2222-4333-8444-555555555555", "attempts": 1,
                  "createdAt": "2026-12-04T14:05:00Z"}]""".formatted(JOB));

        String page = browser.get("/upload/" + DOC).body();

        assertThat(page).contains("<h1>Reviewing your resume</h1>").contains("“Резюме Веры Соколовой” is uploaded")
                .contains("Starting the review").contains("hx-get=\"/upload/" + DOC + "\"")
                .contains("hx-trigger=\"every 2s, qh:analysis from:body\"").doesNotContain("data-live-poll")
                .contains("href=\"/documents/" + DOC + "\"");
    }

    @Test
    void showsTheRunningReviewForTheLiveChannelToMove() {
        Browser browser = signedInVera();
        stubDocument();
        stubJobs("[" + running(40, "ats") + "]");

        String page = browser.get("/upload/" + DOC).body();

        assertThat(page).contains("data-job=\"" + JOB + "\"").contains("data-report=\"/analysis/jobs/" + JOB + "\"")
                .contains("data-live-poll=\"true\"").contains("hx-trigger=\"every 2s\"")
                .contains("<progress max=\"100\" value=\"40\"").contains(">40%<")
                .contains("<li class=\"done\" data-step=\"parse\"")
                .contains("<li class=\"current\" data-step=\"ats\" aria-current=\"step\"")
                .contains("<li class=\"waiting\" data-step=\"tone\"");

        String part = new Tab(port).signedIn().get("/upload/" + DOC, "HX-Request", "true").body().strip();
        assertThat(part).startsWith("<section id=\"review-progress\"").doesNotContain("<html");
        // The progress part alone does not ask for the document again.
        api.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/documents/" + DOC)));
    }

    @Test
    void sendsTheBrowserToTheReportOnceTheReviewIsDone() {
        Browser browser = signedInVera();
        stubDocument();
        stubJobs("[" + running(100, "salary").replace("RUNNING", "DONE") + "]");

        HttpResponse<String> done = browser.get("/upload/" + DOC);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/analysis/jobs/" + JOB);

        HttpResponse<String> polled = new Tab(port).signedIn().get("/upload/" + DOC, "HX-Request", "true");
        assertThat(polled.headers().firstValue("HX-Redirect")).hasValue("/analysis/jobs/" + JOB);
    }

    @Test
    void showsNoSuchPageForAnotherPersonsDocumentOrABrokenAddress() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/documents/" + DOC).willReturn(FakeApi.problem(404, "not-found",
                "No such document.", "")));
        stubJobs("[]");

        assertThat(browser.get("/upload/" + DOC).statusCode()).isEqualTo(404);
        assertThat(browser.get("/upload/not-an-id").statusCode()).isEqualTo(404);
    }

    static String running(int progress, String step) {
        return """
                {"id": "%s", "type": "RESUME_REVIEW", "status": "RUNNING", "progress": %d, "step": "%s",
                 "documentId": "%s", "attempts": 1, "createdAt": "2026-12-04T14:05:00Z"}"""
                .formatted(JOB, progress, step, DOC);
    }


    private static void stubStored() {
        api.server.stubFor(post("/api/v1/documents").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(DocumentFixtures.one())));
    }

    private static void stubDocument() {
        api.server.stubFor(get("/api/v1/documents/" + DOC).willReturn(okJson(DocumentFixtures.one())));
    }

    private static void stubJobs(String jobs) {
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=20").willReturn(okJson(jobs)));
    }
}
