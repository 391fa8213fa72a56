package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A finished resume review's "import into my profile" (the profile service's dry run, then applied with its
 * version) and the switch for analysis results by e-mail (the notification service's setting).
 */
class ReviewImportTest extends WebAppTestBase {

    static final String JOB = AnalysisFixtures.REVIEW_JOB;
    static final String DRY_RUN = "/api/v1/profile/import?format=document&documentId=" + AnalysisFixtures.DOCUMENT
            + "&dryRun=true";
    static final String APPLY = "/api/v1/profile/import?format=document&documentId=" + AnalysisFixtures.DOCUMENT
            + "&dryRun=false";

    @Test
    void offersTheImportAndTheMailSwitchOnTheReview() {
        Browser browser = signedIn();

        String html = browser.get("/analysis/jobs/" + JOB).body();

        assertThat(html).contains("<h2 id=\"import-title\">Import into my profile</h2>")
                .contains("hx-post=\"/analysis/jobs/" + JOB + "/import-preview\"")
                .containsPattern("id=\"f-mail-results\" name=\"enabled\" value=\"true\" checked")
                .contains("Also send me analysis results by e-mail");
        // Nothing is imported by looking.
        api.server.verify(0, postRequestedFor(urlEqualTo(DRY_RUN)));
    }

    @Test
    void showsTheDryRunSectionBySectionWithRemovalsWarnedOf() {
        Browser browser = signedIn();
        browser.get("/analysis/jobs/" + JOB);

        HttpResponse<String> diff = browser.header("HX-Request", "true").post("/analysis/jobs/" + JOB
                + "/import-preview", Map.of());

        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).startsWith("<section class=\"card import-card\" id=\"import\"")
                .containsSubsequence("Personal details", "changed: Headline, Contacts",
                        "Experience", "2 added", "one changed", "Skills", "one removed")
                .contains("entries the resume does not have are removed")
                .contains("<input type=\"hidden\" name=\"etag\" value=\"&#34;v4&#34;\">");
    }

    @Test
    void appliesTheImportWithTheVersionTheDryRunWasMadeAgainst() {
        Browser browser = signedIn();
        browser.get("/analysis/jobs/" + JOB);
        api.server.stubFor(post(urlEqualTo(APPLY)).willReturn(okJson("""
                {"dryRun": false, "changes": [], "version": 5}""").withHeader("ETag", "\"v5\"")));

        HttpResponse<String> applied = browser.post("/analysis/jobs/" + JOB + "/import", Map.of("etag", "\"v4\""));

        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
        api.server.verify(postRequestedFor(urlEqualTo(APPLY)).withHeader("If-Match", equalTo("\"v4\"")));
    }

    @Test
    void showsTheNewDryRunWhenTheProfileChangedInBetween() {
        Browser browser = signedIn().header("Accept-Language", "ru");
        browser.get("/analysis/jobs/" + JOB);
        api.server.stubFor(post(urlEqualTo(APPLY)).willReturn(FakeApi.problem(412, "profile-changed",
                "The profile changed since it was read.", "")));

        HttpResponse<String> refused = browser.header("HX-Request", "true").post("/analysis/jobs/" + JOB
                + "/import", Map.of("etag", "\"v3\""));

        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(refused.body()).contains("Профиль изменился, пока вы смотрели.")
                .contains("добавится: 2").contains("value=\"&#34;v4&#34;\"");
    }

    @Test
    void saysWhyTheFileCannotBeImported() {
        Browser browser = signedIn();
        browser.get("/analysis/jobs/" + JOB);
        api.server.stubFor(post(urlEqualTo(DRY_RUN)).willReturn(FakeApi.problem(422, "image-only-document",
                "The document is a scan with no text layer.", "")));

        HttpResponse<String> refused = browser.header("HX-Request", "true").post("/analysis/jobs/" + JOB
                + "/import-preview", Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"").contains("Show what would change");
    }

    @Test
    void importsOnlyFromAResumeReview() {
        Browser browser = signedIn();
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.MATCH_JOB)
                .willReturn(okJson(AnalysisFixtures.doneMatch())));

        HttpResponse<String> refused = browser.post("/analysis/jobs/" + AnalysisFixtures.MATCH_JOB
                + "/import-preview", Map.of());

        assertThat(refused.statusCode()).isEqualTo(404);
        api.server.verify(0, postRequestedFor(urlEqualTo(DRY_RUN)));
    }

    @Test
    void turnsMailForAnalysisResultsOffThroughTheNotificationSettings() {
        Browser browser = signedIn();
        browser.get("/analysis/jobs/" + JOB);
        api.server.stubFor(put("/api/v1/notifications/preferences").willReturn(okJson(
                NotificationSettingsTest.settings())));

        HttpResponse<String> saved = browser.header("HX-Request", "true").post("/analysis/mail-results",
                Map.of("job", JOB));

        assertThat(saved.statusCode()).isEqualTo(200);
        api.server.verify(putRequestedFor(urlEqualTo("/api/v1/notifications/preferences")).withRequestBody(
                equalToJson("""
                        {"preferences": [{"category": "analysis-results", "channel": "EMAIL", "enabled": false}]}""")));
        assertThat(saved.body()).startsWith("<form id=\"mail-results\"")
                .contains("Analysis results will no longer come by e-mail.")
                .doesNotContainPattern("name=\"enabled\" value=\"true\" checked");
    }

    private Browser signedIn() {
        api.veraSignsIn(900);
        stubReview(api);
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return browser;
    }

    /** The finished review, mail for analysis results on, and the dry run of importing its file. */
    static void stubReview(FakeApi api) {
        api.server.stubFor(get("/api/v1/analysis/jobs/" + JOB).willReturn(okJson(AnalysisFixtures.doneReview())));
        api.server.stubFor(get("/api/v1/notifications/preferences").willReturn(okJson(
                NotificationSettingsTest.settings())));
        api.server.stubFor(post(urlEqualTo(DRY_RUN)).willReturn(okJson("""
                {"dryRun": true, "version": 4, "changes": [
                  {"section": "personal", "action": "CHANGED", "index": null, "field": "headline"},
                  {"section": "personal", "action": "CHANGED", "index": null, "field": "contacts"},
                  {"section": "experience", "action": "CHANGED", "index": 0, "field": null},
                  {"section": "experience", "action": "ADDED", "index": 1, "field": null},
                  {"section": "experience", "action": "ADDED", "index": 2, "field": null},
                  {"section": "skills", "action": "REMOVED", "index": 3, "field": null}]}""")
                .withHeader("ETag", "\"v4\"")));
    }
}
