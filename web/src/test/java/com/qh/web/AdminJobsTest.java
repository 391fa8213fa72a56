package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's view of the analysis job queue against the analysis service's {@code /api/v1/analysis/admin/jobs}. */
class AdminJobsTest extends WebAppTestBase {

    static final String FAILED = "7c1e4b8a-2f3d-4a6b-9c0d-1e2f3a4b5c6d";
    static final String WAITING = "8d2f5c9b-3a4e-4b7c-8d1e-2f3a4b5c6d7e";

    @Test
    void showsTheQueueByStateWithWhyAJobFailedAndWhoseItIs() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/analysis/admin/jobs")).willReturn(okJson(jobs())));
        api.server.stubFor(get("/api/v1/auth/admin/users/" + AdminAuditTest.IVAN).willReturn(okJson(
                "{\"id\": \"" + AdminAuditTest.IVAN + "\", \"email\": \"ivan@example.org\"}")));

        HttpResponse<String> page = browser.get("/admin/jobs?status=FAILED&type=RESUME_REVIEW");

        assertThat(page.statusCode()).isEqualTo(200);
        api.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/analysis/admin/jobs"))
                .withQueryParam("status", equalTo("FAILED")).withQueryParam("type", equalTo("RESUME_REVIEW"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("25")));
        // The owner is asked for once although two of the jobs are his.
        api.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/auth/admin/users/" + AdminAuditTest.IVAN)));
        String html = page.body();
        assertThat(html).contains("<h1>Analysis jobs</h1>").contains("href=\"/admin/jobs\" aria-current=\"page\"")
                .contains("Failed <span class=\"tab-count\">3</span>").contains("All <span class=\"tab-count\">42</span>")
                .contains("class=\"tab-alarm\"")
                .contains("<option value=\"RESUME_REVIEW\" selected>Resume review</option>")
                .contains("ivan@example.org")
                .contains("<span class=\"job-status status-failed\">Failed</span>")
                .contains("at “Reading the resume”").contains("3 attempts")
                .contains("<p>The file has no text layer: it is a scan.</p>")
                .contains("<summary>Last error logged</summary><pre>PdfParseException: no text</pre>")
                .contains("action=\"/admin/jobs/" + FAILED + "/retry\"")
                .contains("runs again")
                // Only a failed job can be run again.
                .doesNotContain("action=\"/admin/jobs/" + WAITING + "/retry\"");
    }

    @Test
    void runsAFailedJobAgainAndComesBackToTheSameFilters() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/analysis/admin/jobs")).willReturn(okJson(jobs())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/users/" + AdminAuditTest.IVAN)).willReturn(
                okJson("{\"email\": \"ivan@example.org\"}")));
        api.server.stubFor(post("/api/v1/analysis/admin/jobs/" + FAILED + "/retry").willReturn(okJson(
                "{\"id\": \"" + FAILED + "\", \"status\": \"QUEUED\"}")));
        api.server.stubFor(post("/api/v1/analysis/admin/jobs/" + WAITING + "/retry").willReturn(FakeApi.problem(409,
                "job-not-failed", "Job not failed", "")));
        browser.get("/admin/jobs?status=FAILED");

        HttpResponse<String> retried = browser.post("/admin/jobs/" + FAILED + "/retry",
                Map.of("back", "/admin/jobs?status=FAILED&type=&page=0"));
        HttpResponse<String> after = browser.get("/admin/jobs?status=FAILED&type=&page=0");
        browser.post("/admin/jobs/" + WAITING + "/retry", Map.of("back", "https://evil.example/"));
        HttpResponse<String> refused = browser.get("/admin/jobs");

        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(retried.headers().firstValue("Location").orElse("")).endsWith("/admin/jobs?status=FAILED&type=&page=0");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/analysis/admin/jobs/" + FAILED + "/retry")));
        assertThat(after.body()).contains("The job is queued again; its owner sees it run.");
        assertThat(refused.body()).contains("That job has not failed, so it was left as it is.");
    }

    @Test
    void answersAnAddressThatNamesNoJobOrNoPageWithoutAServerError() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/analysis/admin/jobs")).willReturn(okJson(jobs())));
        browser.get("/admin/jobs");

        HttpResponse<String> noId = browser.post("/admin/jobs/not-a-job/retry", Map.of());
        HttpResponse<String> noPage = browser.get("/admin/jobs?page=two");

        assertThat(noId.statusCode()).isEqualTo(404);
        assertThat(noPage.statusCode()).isEqualTo(400);
        api.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/analysis/admin/jobs/not-a-job/retry")));
    }

    @Test
    void isForAdminsOnly() {
        HttpResponse<String> page = signedInVera().get("/admin/jobs");

        assertThat(page.statusCode()).isEqualTo(403);
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/analysis/admin/jobs")));
    }

    static String jobs() {
        return """
                {"items": [
                  {"id": "%1$s", "userId": "%3$s", "type": "RESUME_REVIEW", "status": "FAILED", "progress": 20,
                   "step": "parse", "attempts": 3, "lastError": "PdfParseException: no text",
                   "runAfter": "2026-12-04T10:00:00Z", "createdAt": "2026-12-04T10:00:00Z",
                   "finishedAt": "2026-12-04T10:01:00Z",
                   "problem": {"type": "https://qh.dev/problems/image-only-document", "title": "Unreadable",
                               "status": 422, "detail": "The file has no text layer: it is a scan."}},
                  {"id": "%2$s", "userId": "%3$s", "type": "MATCH", "status": "QUEUED", "progress": 0,
                   "attempts": 1, "lastError": "profile service unavailable", "runAfter": "2999-01-01T00:00:00Z",
                   "createdAt": "2026-12-04T09:00:00Z"}],
                 "page": 0, "size": 25, "counts": {"QUEUED": 1, "RUNNING": 0, "DONE": 38, "FAILED": 3}}"""
                .formatted(FAILED, WAITING, AdminAuditTest.IVAN);
    }
}
