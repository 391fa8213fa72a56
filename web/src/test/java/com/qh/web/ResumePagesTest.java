package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.qh.web.ResumeFixtures.RESUME;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resume list and builder against the resume API (WireMock standing in for the gateway). */
class ResumePagesTest extends WebAppTestBase {

    static final String API = "/api/v1/resumes/" + RESUME;

    @Test
    void listsResumesAndMakesANewOneFromTheProfile() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/resumes").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"v1\"")
                .withBody(ResumeFixtures.javaBackendResume(1))));

        String list = browser.get("/resumes").body();

        assertThat(list).contains("<h1>Resumes</h1>").contains("href=\"/resumes/" + RESUME + "\">Java backend</a>")
                .contains("Бэкенд, русский").contains("<option value=\"sidebar\"").contains("href=\"/resumes\"");
        HttpResponse<String> made = browser.post("/resumes",
                Map.of("title", "Java backend", "language", "en", "template", "modern"));
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/resumes/" + RESUME);
        api.server.verify(postRequestedFor(urlEqualTo("/api/v1/resumes")).withRequestBody(equalToJson(
                "{\"title\": \"Java backend\", \"language\": \"en\", \"template\": \"modern\"}")));
    }

    @Test
    void saysWhatTheProfileLacksWhenNoResumeCanBeMade() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/resumes").willReturn(FakeApi.problem(422, "profile-incomplete",
                "The profile lacks a name.", "{\"field\": \"title\", \"message\": \"must not be blank\"}")));
        browser.get("/resumes");

        HttpResponse<String> refused = browser.post("/resumes", Map.of("title", "", "language", "en",
                "template", "modern"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Your profile is too empty for a resume")
                .contains("<p class=\"field-error\" id=\"f-title-error\">must not be blank</p>");
    }

    @Test
    void showsTheBuilderWithTheGalleryTheLookAndThePartsInTheirOrder() {
        Browser browser = signedIn();

        HttpResponse<String> page = browser.get("/resumes/" + RESUME);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Java backend</h1>")
                .contains("<img src=\"/resumes/templates/sidebar/thumbnail.png\"")
                .containsPattern("id=\"template-modern\" name=\"template\" value=\"modern\" checked")
                .contains("<option value=\"PT Sans\" selected>PT Sans</option>")
                .contains("<option value=\"10.5\" selected>10.5 pt</option>")
                .contains("value=\"#1d4ed8\"")
                .contains("src=\"/resumes/" + RESUME + "/preview.png?v=3\"");
        // The stored order first, then the parts it leaves out; a hidden part is switched off.
        assertThat(html.indexOf("value=\"EXPERIENCE\"")).isLessThan(html.indexOf("value=\"SKILLS\""));
        assertThat(html.indexOf("value=\"SKILLS\"")).isLessThan(html.indexOf("value=\"SUMMARY\""));
        assertThat(html).containsPattern("id=\"shown-EXPERIENCE\" name=\"shown\" value=\"EXPERIENCE\" checked")
                .doesNotContainPattern("id=\"shown-INTERESTS\" name=\"shown\" value=\"INTERESTS\" checked")
                .contains("aria-label=\"Move “Skills” up\"");
        assertThat(html).contains("Senior Java developer · Yandex").contains("Restore");
        // The thumbnail comes through the web app in the page's language.
        api.server.stubFor(get("/api/v1/resumes/templates/modern/thumbnail?language=en").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        assertThat(browser.get("/resumes/templates/modern/thumbnail.png").statusCode()).isEqualTo(200);
    }

    @Test
    void previewsTheUnsavedDesignWithWhatTheFormDoesNotShowKept() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        browser.get("/resumes/" + RESUME);

        HttpResponse<String> preview = browser.postPairs("/resumes/" + RESUME + "/preview", form("#be123c"));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("src=\"data:image/png;base64," + Base64.getEncoder()
                .encodeToString(ResumeFixtures.PNG) + "\"").doesNotContain("<html");
        api.server.verify(postRequestedFor(urlEqualTo("/api/v1/resumes/preview?format=png"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withRequestBody(matchingJsonPath("$.appearance.accent", equalTo("#be123c")))
                .withRequestBody(matchingJsonPath("$.appearance.baseSize", equalTo("11.0")))
                .withRequestBody(matchingJsonPath("$.headline", equalTo("Backend developer")))
                .withRequestBody(matchingJsonPath("$.sections[0].part", equalTo("SKILLS")))
                .withRequestBody(matchingJsonPath("$.sections[1].order[0]", equalTo(ResumeFixtures.JOB)))
                .withRequestBody(matchingJsonPath("$.sections[1].hidden", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.sections[?(@.part == 'PROJECTS')].hidden", equalTo("true"))));
    }

    @Test
    void readsTheResumeOncePerVersionNotOncePerPreview() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        browser.get("/resumes/" + RESUME);

        for (String accent : List.of("#be123c", "#1d4ed8", "#047857")) {
            assertThat(browser.postPairs("/resumes/" + RESUME + "/preview", form(accent)).statusCode()).isEqualTo(200);
        }
        api.server.verify(1, getRequestedFor(urlEqualTo(API)));
        api.server.verify(3, postRequestedFor(urlEqualTo("/api/v1/resumes/preview?format=png")));

        // A form made from another version (saved in another tab) reads the resume again.
        List<String> older = form("#be123c");
        older.set(1, "\"v2\"");
        browser.postPairs("/resumes/" + RESUME + "/preview", older);
        api.server.verify(2, getRequestedFor(urlEqualTo(API)));
    }

    @Test
    void showsAnImpossibleSettingInThePreviewAndBesideItsFieldOnSave() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(FakeApi.problem(422,
                "invalid-appearance", "The accent colour is #rrggbb",
                "{\"field\": \"appearance.accent\", \"message\": \"The accent colour is #rrggbb\"}")));
        api.server.stubFor(put(API).willReturn(FakeApi.problem(422, "invalid-appearance",
                "The accent colour is #rrggbb",
                "{\"field\": \"appearance.accent\", \"message\": \"The accent colour is #rrggbb\"}")));
        browser.get("/resumes/" + RESUME);

        String preview = browser.postPairs("/resumes/" + RESUME + "/preview", form("#be123c")).body();
        HttpResponse<String> saved = browser.postPairs("/resumes/" + RESUME, form("#be123c"));

        assertThat(preview).contains("role=\"alert\">The accent colour is #rrggbb</p>");
        assertThat(saved.statusCode()).isEqualTo(422);
        assertThat(saved.body()).contains("One of the look’s settings is not possible.")
                .contains("id=\"f-appearance-accent-error\">The accent colour is #rrggbb</p>");
    }

    @Test
    void savesTheDesignWithTheVersionItWasMadeFrom() {
        Browser browser = signedIn();
        api.server.stubFor(put(API).willReturn(okJson(ResumeFixtures.javaBackendResume(4)).withHeader("ETag", "\"v4\"")));
        browser.get("/resumes/" + RESUME);

        HttpResponse<String> saved = browser.postPairs("/resumes/" + RESUME, form("#be123c"));

        assertThat(saved.statusCode()).isEqualTo(302);
        api.server.verify(putRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"v3\""))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Java backend, EN")))
                .withRequestBody(matchingJsonPath("$.template", equalTo("sidebar")))
                .withRequestBody(matchingJsonPath("$.appearance.columns", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.tailoring.hideIrrelevant", equalTo("false"))));
        assertThat(browser.get("/resumes/" + RESUME).body()).contains("Saved as a new version.");
    }

    @Test
    void saysClearlyWhenTheResumeWasSavedElsewhereInBetween() {
        Browser browser = signedIn();
        api.server.stubFor(put(API).willReturn(FakeApi.problem(412, "resume-changed", "The resume has changed.", "")));
        browser.get("/resumes/" + RESUME);

        HttpResponse<String> stale = browser.postPairs("/resumes/" + RESUME, form("#be123c"));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("The resume was saved elsewhere since you opened it.")
                .contains("<a class=\"button small\" href=\"/resumes/" + RESUME + "\">Reload the resume</a>")
                .contains("value=\"Java backend, EN\"");
    }

    @Test
    void movesAPartUpWithoutSavingAndShowsTheNewOrder() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        browser.get("/resumes/" + RESUME);
        HttpResponse<String> moved = browser.postPairs("/resumes/" + RESUME + "/arrange",
                form("#1d4ed8", "move", "EDUCATION:up"));

        assertThat(moved.statusCode()).isEqualTo(200);
        String html = moved.body();
        assertThat(html.indexOf("name=\"order\" value=\"EDUCATION\"")).isLessThan(html.indexOf("name=\"order\" value=\"EXPERIENCE\""));
        assertThat(html).contains("Order changed. Save to keep it.").contains("src=\"data:image/png;base64,");
        api.server.verify(0, putRequestedFor(urlEqualTo(API)));
    }

    @Test
    void tailorsToASavedVacancyAndShowsWhatChanged() {
        Browser browser = signedIn();
        api.server.stubFor(post(API + "/tailor").willReturn(okJson(ResumeFixtures.tailored()).withHeader("ETag", "\"v4\"")));
        browser.get("/resumes/" + RESUME);

        HttpResponse<String> tailored = browser.post("/resumes/" + RESUME + "/tailor", Map.of("vacancyId",
                ResumeFixtures.VACANCY, "hideIrrelevant", "true", "etag", "\"v3\""));

        assertThat(tailored.statusCode()).isEqualTo(200);
        api.server.verify(postRequestedFor(urlEqualTo(API + "/tailor")).withHeader("If-Match", equalTo("\"v3\""))
                .withRequestBody(equalToJson("{\"vacancyId\": \"" + ResumeFixtures.VACANCY
                        + "\", \"hideIrrelevant\": true}")));
        assertThat(tailored.body()).contains("What changed")
                .contains("<del>Backend developer</del> <ins>Senior Java developer</ins>")
                .contains("“Backend developer” in Experience moved from place 2 to 1.")
                .contains("“Photo blog” in Projects is left out.").contains("<li>Apache Kafka</li>");
    }

    @Test
    void rendersThePdfIntoDocumentsAndDownloadsThatVersion() {
        Browser browser = signedIn();
        api.server.stubFor(post(API + "/render?format=docx").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"documentId\": \""
                        + ResumeFixtures.RESUME_DOC + "\", \"version\": 5, \"format\": \"docx\", \"size\": 18000}")));
        browser.get("/resumes/" + RESUME);

        HttpResponse<String> rendered = browser.post("/resumes/" + RESUME + "/download", Map.of("format", "docx"));

        assertThat(rendered.statusCode()).isEqualTo(302);
        assertThat(rendered.headers().firstValue("Location").orElseThrow())
                .endsWith("/documents/" + ResumeFixtures.RESUME_DOC + "/versions/5/download");
    }

    @Test
    void restoresAnEarlierVersionAsTheNextOne() {
        Browser browser = signedIn();
        api.server.stubFor(get(API + "/versions/1").willReturn(okJson("""
                {"version": 1, "title": "Backend", "createdAt": "2026-12-01T10:00:00Z",
                 "design": {"title": "Backend", "language": "en", "template": "classic"}}""")));
        api.server.stubFor(put(API).willReturn(okJson(ResumeFixtures.javaBackendResume(4)).withHeader("ETag", "\"v4\"")));
        browser.get("/resumes/" + RESUME);

        browser.post("/resumes/" + RESUME + "/versions/1/restore", Map.of());

        api.server.verify(putRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"v3\""))
                .withRequestBody(equalToJson("{\"title\": \"Backend\", \"language\": \"en\", \"template\": \"classic\"}")));
        api.server.verify(getRequestedFor(urlPathEqualTo(API + "/versions/1")));
    }

    /** What the builder's form sends: a new title, template and look, skills moved first and projects off. */
    static List<String> form(String accent, String... more) {
        List<String> form = new ArrayList<>(List.of("etag", "\"v3\"", "title", "Java backend, EN", "language", "en",
                "template", "sidebar", "appearance.fontFamily", "PT Sans", "appearance.baseSize", "11",
                "appearance.accent", accent, "appearance.margin", "", "appearance.columns", "2",
                "appearance.pageSize", "A4", "appearance.dateStyle", "YEAR"));
        for (String part : List.of("SKILLS", "EXPERIENCE", "EDUCATION", "SUMMARY", "PROJECTS")) {
            form.addAll(List.of("order", part));
            if (!part.equals("PROJECTS")) {
                form.addAll(List.of("shown", part));
            }
        }
        form.addAll(List.of(more));
        return form;
    }

    private Browser signedIn() {
        api.veraSignsIn(900);
        stubResume(api);
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return browser;
    }

    static void stubResume(FakeApi api) {
        api.server.stubFor(get("/api/v1/resumes").willReturn(okJson(ResumeFixtures.list())));
        api.server.stubFor(get("/api/v1/resumes/templates").willReturn(okJson(ResumeFixtures.templates())));
        api.server.stubFor(get("/api/v1/resumes/fonts").willReturn(okJson(ResumeFixtures.fonts())));
        api.server.stubFor(get(API).willReturn(okJson(ResumeFixtures.javaBackendResume(3)).withHeader("ETag", "\"v3\"")));
        api.server.stubFor(get(API + "/versions").willReturn(okJson(ResumeFixtures.versions())));
        api.server.stubFor(get("/api/v1/vacancies?size=100").willReturn(okJson(ResumeFixtures.vacancies())));
    }
}
