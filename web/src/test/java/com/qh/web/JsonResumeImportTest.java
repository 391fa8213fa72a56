package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing a JSON Resume file: the profile service's dry run shown entry by entry, then applied with its ETag. */
class JsonResumeImportTest extends WebAppTestBase {

    static final String DRY_RUN = "/api/v1/profile/import?format=json-resume&language=en&dryRun=true";
    static final String APPLY = "/api/v1/profile/import?format=json-resume&language=en&dryRun=false";
    static final String RESUME = """
            {"basics": {"name": "Vera Sokolova", "label": "Backend developer"},
             "work": [{"name": "Yandex", "position": "Backend developer", "startDate": "2021-03"}]}""";

    @Test
    void showsWhatTheFileWouldChangeEntryByEntryAndAppliesItWithTheDryRunsVersion() {
        Browser browser = signedInVera();
        api.server.stubFor(post(urlEqualTo(DRY_RUN)).willReturn(okJson(DIFF).withHeader("ETag", "\"v4\"")));
        api.server.stubFor(post(urlEqualTo(APPLY)).willReturn(okJson("{\"dryRun\": false, \"changes\": []}")
                .withHeader("ETag", "\"v5\"")));
        String form = browser.get("/profile/import").body();
        assertThat(form).contains("<h1>Import a JSON Resume</h1>").contains("enctype=\"multipart/form-data\"")
                .contains("accept=\".json,application/json\"");

        HttpResponse<String> preview = browser.postFile("/profile/import/preview", Map.of("language", "en"),
                "resume.json", "application/json", RESUME.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).isEqualTo(200);
        api.server.verify(postRequestedFor(urlEqualTo(DRY_RUN)).withRequestBody(equalToJson(RESUME)));
        assertThat(preview.body()).containsSubsequence("Personal details", "Headline: Backend developer",
                "Experience", "one added", "one changed", "<ins>Backend developer · Yandex · Mar 2021</ins>",
                "Senior developer · Ozon", "instead of: Developer · Ozon",
                "Skills", "one removed", "<del>Kotlin</del>")
                .contains("entries the resume does not have are removed");
        api.server.verify(0, postRequestedFor(urlEqualTo(APPLY)));

        HttpResponse<String> applied = browser.post("/profile/import", Map.of());

        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
        api.server.verify(postRequestedFor(urlEqualTo(APPLY)).withHeader("If-Match", equalTo("\"v4\""))
                .withRequestBody(equalToJson(RESUME)));
        // The document is not kept once applied: a second "Import" asks for the file again.
        HttpResponse<String> again = browser.post("/profile/import", Map.of());
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/profile/import");
        assertThat(browser.get("/profile/import").body()).contains("That preview is no longer kept.");
    }

    @Test
    void refusesWhatIsNotAJsonObjectBesideItsFieldWithoutAskingTheApi() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        browser.get("/profile/import");

        HttpResponse<String> notJson = browser.postFile("/profile/import/preview", Map.of("language", "ru"),
                "resume.pdf", "application/pdf", "%PDF-1.7 not json".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> array = browser.post("/profile/import/preview", Map.of("text", "[1, 2]"));
        HttpResponse<String> nothing = browser.post("/profile/import/preview", Map.of("text", "  "));

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("<p class=\"field-error\" id=\"f-file-error\">Это не документ JSON");
        assertThat(array.body()).contains("<p class=\"field-error\" id=\"f-text-error\">Это не документ JSON")
                .contains("[1, 2]</textarea>");
        assertThat(nothing.body()).contains("id=\"f-file-error\">Выберите файл или вставьте его текст.");
        api.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/profile/import")));
    }

    @Test
    void showsTheServicesRefusalOfTheDocument() {
        Browser browser = signedInVera();
        api.server.stubFor(post(urlEqualTo(DRY_RUN)).willReturn(FakeApi.problem(400, "validation",
                "work[0].startDate: must be YYYY, YYYY-MM or YYYY-MM-DD", "")));
        browser.get("/profile/import");

        HttpResponse<String> refused = browser.post("/profile/import/preview", Map.of("text", RESUME,
                "language", "en"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The file cannot be imported:").contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void showsTheNewDryRunWhenTheProfileChangedBeforeImporting() {
        Browser browser = signedInVera();
        api.server.stubFor(post(urlEqualTo(DRY_RUN)).inScenario("changed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(DIFF).withHeader("ETag", "\"v4\"")).willSetStateTo("edited"));
        api.server.stubFor(post(urlEqualTo(DRY_RUN)).inScenario("changed").whenScenarioStateIs("edited")
                .willReturn(okJson(DIFF).withHeader("ETag", "\"v6\"")));
        api.server.stubFor(post(urlEqualTo(APPLY)).withHeader("If-Match", equalTo("\"v4\""))
                .willReturn(FakeApi.problem(412, "precondition-failed", "The profile changed.", "")));
        api.server.stubFor(post(urlEqualTo(APPLY)).withHeader("If-Match", equalTo("\"v6\""))
                .willReturn(okJson("{\"dryRun\": false, \"changes\": []}").withHeader("ETag", "\"v7\"")));
        browser.get("/profile/import");
        browser.post("/profile/import/preview", Map.of("text", RESUME, "language", "en"));

        HttpResponse<String> changed = browser.post("/profile/import", Map.of());

        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("Your profile changed since this was shown.")
                .contains("<ins>Backend developer · Yandex · Mar 2021</ins>");
        assertThat(browser.post("/profile/import", Map.of()).statusCode()).isEqualTo(302);
        api.server.verify(postRequestedFor(urlEqualTo(APPLY)).withHeader("If-Match", equalTo("\"v6\"")));
    }

    static final String DIFF = """
            {"dryRun": true, "version": 4, "changes": [
              {"section": "personal", "action": "CHANGED", "field": "headline",
               "before": {"en": "Developer"}, "after": {"en": "Backend developer"}},
              {"section": "experience", "action": "ADDED", "index": 0,
               "after": {"position": {"en": "Backend developer"}, "employer": {"en": "Yandex"}, "startDate": "2021-03"}},
              {"section": "experience", "action": "CHANGED", "index": 1,
               "before": {"position": {"en": "Developer"}, "employer": {"en": "Ozon"}},
               "after": {"position": {"en": "Senior developer"}, "employer": {"en": "Ozon"}}},
              {"section": "skills", "action": "REMOVED", "index": 0, "before": {"name": "Kotlin", "keywords": []}}]}""";
}
