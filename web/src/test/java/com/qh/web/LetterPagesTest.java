package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.qh.web.LetterFixtures.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cover letters against the letter API (WireMock standing in for the gateway). */
class LetterPagesTest extends WebAppTestBase {

    static final String API = "/api/v1/letters/" + LETTER;

    @Test
    void draftsALetterForAVacancyWithTheChosenToneAndLength() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/letters").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"v1\"")
                .withBody(LetterFixtures.yandexLetter(1))));
        api.server.stubFor(get("/api/v1/vacancies/" + PagesTest.VACANCY_ID).willReturn(okJson(PagesTest.vacancy("SAVED"))));
        assertThat(browser.get("/vacancies/" + PagesTest.VACANCY_ID).body())
                .contains("href=\"/letters/new?vacancyId=" + PagesTest.VACANCY_ID + "\"");

        String form = browser.get("/letters/new?vacancyId=" + PagesTest.VACANCY_ID).body();
        HttpResponse<String> drafted = browser.post("/letters", Map.of("vacancyId", PagesTest.VACANCY_ID,
                "language", "", "tone", "warm", "length", "short"));

        assertThat(form).contains("<option value=\"" + PagesTest.VACANCY_ID + "\" selected>Senior Java developer · Yandex")
                .containsPattern("id=\"tone-neutral\" name=\"tone\" value=\"neutral\" checked");
        assertThat(drafted.statusCode()).isEqualTo(302);
        assertThat(drafted.headers().firstValue("Location").orElseThrow()).endsWith("/letters/" + LETTER);
        api.server.verify(postRequestedFor(urlEqualTo("/api/v1/letters")).withRequestBody(equalToJson(
                "{\"vacancyId\": \"" + PagesTest.VACANCY_ID + "\", \"tone\": \"warm\", \"length\": \"short\"}")));
    }

    @Test
    void showsARefusedDraftBesideTheVacancyItNames() {
        Browser browser = signedIn();
        api.server.stubFor(post("/api/v1/letters").willReturn(FakeApi.problem(422, "vacancy-without-text",
                "The vacancy has no text.", "{\"field\": \"vacancyId\", \"message\": \"the vacancy has no description\"}")));
        browser.get("/letters/new");

        HttpResponse<String> refused = browser.post("/letters", Map.of("vacancyId", PagesTest.VACANCY_ID,
                "tone", "neutral", "length", "standard"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The vacancy has no text to answer")
                .contains("id=\"f-vacancyId-error\">the vacancy has no description</p>");
    }

    @Test
    void marksTheFactCheckAndToneFindingsInTheText() {
        Browser browser = signedIn();

        String html = browser.get("/letters/" + LETTER).body();

        assertThat(html).contains("<h1>Senior Java developer · Yandex</h1>")
                .contains("<textarea id=\"f-text\" name=\"text\" rows=\"16\"")
                .contains("I led the search backend at Yandex for 12 years and I am very keen on this role.</textarea>")
                .contains("<mark class=\"mark-fact\" aria-describedby=\"finding-1\">12 years<sup aria-hidden=\"true\">1</sup></mark>")
                .contains("<mark class=\"mark-tone\" aria-describedby=\"finding-2\">very<sup")
                .contains("Not in your profile: Figure").contains("The profile shows 7 years of work.")
                .contains("Wording: Filler word").contains("name=\"etag\" value=\"&#34;v2&#34;\"")
                .contains("hx-trigger=\"keyup changed delay:2s from:#f-text");
        assertThat(browser.get("/letters").body()).contains("href=\"/letters/" + LETTER + "\">Senior Java developer · Yandex");
    }

    @Test
    void autosavesWithIfMatchAndSwapsInTheNewVersionAndFindings() {
        Browser browser = signedIn();
        api.server.stubFor(put(API).willReturn(okJson(LetterFixtures.yandexLetter(3)).withHeader("ETag", "\"v3\"")));
        browser.get("/letters/" + LETTER);
        browser.header("HX-Request", "true");

        HttpResponse<String> saved = browser.post("/letters/" + LETTER, Map.of("etag", "\"v2\"",
                "greeting", "Dear hiring team,", "text", "First.\r\n\r\nSecond.", "closing", "Kind regards,"));

        assertThat(saved.statusCode()).isEqualTo(200);
        api.server.verify(putRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"v2\""))
                .withRequestBody(equalToJson("{\"greeting\": \"Dear hiring team,\", \"text\": \"First.\\n\\nSecond.\","
                        + " \"closing\": \"Kind regards,\"}")));
        assertThat(saved.body()).startsWith("Saved: version 3.").doesNotContain("<html")
                .contains("id=\"letter-etag\" name=\"etag\" value=\"&#34;v3&#34;\" hx-swap-oob=\"true\"")
                .contains("id=\"findings\" hx-swap-oob=\"true\"").contains("<mark class=\"mark-fact\"");
    }

    @Test
    void saysClearlyWhenTheLetterWasSavedElsewhereInBetween() {
        Browser browser = signedIn();
        api.server.stubFor(put(API).willReturn(FakeApi.problem(412, "letter-changed", "Letter changed", "")));
        browser.get("/letters/" + LETTER);

        HttpResponse<String> page = browser.post("/letters/" + LETTER, Map.of("etag", "\"v2\"",
                "greeting", "Dear team,", "text", "My own words.", "closing", "Thanks,"));
        HttpResponse<String> autosave = browser.header("HX-Request", "true").post("/letters/" + LETTER,
                Map.of("etag", "\"v2\"", "text", "My own words."));

        assertThat(page.statusCode()).isEqualTo(412);
        assertThat(page.body()).contains("The letter was saved elsewhere since you opened it")
                .contains("href=\"/letters/" + LETTER + "\">Reload the letter</a>").contains(">My own words.</textarea>");
        assertThat(autosave.statusCode()).isEqualTo(412);
        assertThat(autosave.body()).contains("role=\"alert\">The letter was saved elsewhere")
                .contains("<a href=\"/letters/" + LETTER + "\">Reload the letter</a>");
    }

    @Test
    void comparesAVersionWordByWordAndRestoresIt() {
        Browser browser = signedIn();
        api.server.stubFor(get(API + "/diff?from=1&to=2").willReturn(okJson(LetterFixtures.diff())));
        api.server.stubFor(post(API + "/versions/1/restore").willReturn(okJson(LetterFixtures.yandexLetter(3))));

        String compared = browser.get("/letters/" + LETTER + "?from=1&to=2").body();
        HttpResponse<String> restored = browser.post("/letters/" + LETTER + "/versions/1/restore",
                Map.of("etag", "\"v2\""));

        assertThat(compared).contains("Version 1 against version 2")
                .contains("at Yandex for <del>7</del><ins>12</ins> years.")
                .contains("href=\"/letters/" + LETTER + "?from=1&amp;to=2#compare\"");
        assertThat(restored.statusCode()).isEqualTo(302);
        api.server.verify(postRequestedFor(urlEqualTo(API + "/versions/1/restore")).withHeader("If-Match", equalTo("\"v2\"")));
    }

    @Test
    void rendersTheTextFileIntoDocumentsAndDownloadsThatVersion() {
        Browser browser = signedIn();
        api.server.stubFor(post(API + "/render?format=txt").willReturn(okJson("{\"documentId\": \""
                + LetterFixtures.LETTER_DOC + "\", \"version\": 2, \"format\": \"txt\", \"size\": 900}")));
        browser.get("/letters/" + LETTER);

        HttpResponse<String> rendered = browser.post("/letters/" + LETTER + "/download", Map.of("format", "txt"));

        assertThat(rendered.statusCode()).isEqualTo(302);
        assertThat(rendered.headers().firstValue("Location").orElseThrow())
                .endsWith("/documents/" + LetterFixtures.LETTER_DOC + "/versions/2/download");
    }

    private Browser signedIn() {
        api.veraSignsIn(900);
        stubLetters(api);
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return browser;
    }

    static void stubLetters(FakeApi api) {
        api.server.stubFor(get("/api/v1/letters").willReturn(okJson(LetterFixtures.list())));
        api.server.stubFor(get(API).willReturn(okJson(LetterFixtures.yandexLetter(2)).withHeader("ETag", "\"v2\"")));
        api.server.stubFor(get(API + "/versions").willReturn(okJson(LetterFixtures.versions())));
        api.server.stubFor(get("/api/v1/vacancies?size=100").willReturn(okJson(ResumeFixtures.vacancies())));
    }
}
