package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile's every section: the overview, the one entry form each list section has, and the summary. */
class ProfileSectionsTest extends WebAppTestBase {

    static final String STUDY = "e0000000-0000-4000-8000-000000000001";
    static final String SKILL = "e0000000-0000-4000-8000-000000000002";

    @Test
    void showsEverySectionWithItsEntriesOrAnInvitationToAddOne() {
        Browser browser = signedInVera();
        stubOverview();

        String html = browser.get("/profile").body();

        assertThat(html).containsSubsequence("id=\"summary\"", "Backend developer, seven years of Java.",
                "id=\"experience\"", "id=\"education\"", "Kazan Federal University", "Applied mathematics · Sep 2010",
                "id=\"skills\"", "Java", "Expert", "id=\"languages\"", "English", "id=\"certificates\"",
                "id=\"projects\"", "id=\"awards\"", "id=\"publications\"", "id=\"volunteering\"", "id=\"interests\"",
                "id=\"references\"");
        assertThat(html).contains("href=\"/profile/education/" + STUDY + "/edit\"")
                .contains("action=\"/profile/skills/" + SKILL + "/delete\"")
                .contains("href=\"/profile/certificates/new\">Add a certificate</a>")
                .contains("<h2 id=\"more-title\">More sections</h2>").doesNotContain("No publications yet.")
                .contains("href=\"/profile/import\"").contains("href=\"/account/export?format=json-resume\"");
        // A finding about a section links to the form that fixes it, scrolled to the field it names.
        assertThat(html).contains("<a href=\"/profile/skills/new\">Add at least 5 skills.</a>")
                .contains("<a href=\"/profile/summary#f-summary\">Add a summary.</a>");
        // Russian: the constants (education level, CEFR) translated, the texts in Russian where they exist.
        String ru = browser.header("Accept-Language", "ru").get("/profile").body();
        assertThat(ru).contains("Казанский федеральный университет").contains("Прикладная математика")
                .contains("Добавить сертификат");
    }

    @Test
    void addsASkillWithItsKeywordsSplitAtCommas() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/skills").willReturn(okJson("[]").withHeader("ETag", "\"v3\"")));
        api.server.stubFor(post("/api/v1/profile/skills").willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/api/v1/profile/skills/x").withHeader("ETag", "\"v4\"")));
        String form = browser.get("/profile/skills/new").body();
        assertThat(form).contains("<h1>Add a skill</h1>").contains("action=\"/profile/skills\"")
                .contains("<label for=\"f-keywords\">What it covers</label>").contains("Separated by commas.");

        HttpResponse<String> saved = browser.post("/profile/skills",
                Map.of("etag", "\"v3\"", "name", " Kotlin ", "level", "", "keywords", "Coroutines, Ktor,, Coroutines"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/profile#skills");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/profile/skills"))
                .withHeader("If-Match", equalTo("\"v3\""))
                .withRequestBody(equalToJson("{\"name\": \"Kotlin\", \"keywords\": [\"Coroutines\", \"Ktor\"]}")));
        assertThat(browser.get("/profile").body()).contains("Saved.");
    }

    @Test
    void editsStudiesKeepingWhatTheFormDoesNotShow() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/education/" + STUDY).willReturn(okJson(study())
                .withHeader("ETag", "\"v5\"")));
        api.server.stubFor(put("/api/v1/profile/education/" + STUDY).willReturn(okJson(study())
                .withHeader("ETag", "\"v6\"")));
        String form = browser.get("/profile/education/" + STUDY + "/edit").body();
        assertThat(form).contains("<h1>Studies</h1>").contains("value=\"Kazan Federal University\"")
                .contains("<option value=\"MASTER\" selected>Master</option>")
                .contains("Numerical methods\nMachine learning</textarea>");

        Map<String, String> edited = new LinkedHashMap<>();
        edited.put("etag", "\"v5\"");
        edited.put("institution.ru", "Казанский федеральный университет");
        edited.put("institution.en", "Kazan Federal University");
        edited.put("area.en", "");
        edited.put("level", "SPECIALIST");
        edited.put("startDate", "2010-09");
        edited.put("endDate", "2015-06");
        edited.put("courses.en", "Numerical methods");
        HttpResponse<String> saved = browser.post("/profile/education/" + STUDY, edited);

        assertThat(saved.statusCode()).isEqualTo(302);
        api.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/profile/education/" + STUDY))
                .withHeader("If-Match", equalTo("\"v5\""))
                .withRequestBody(equalToJson("""
                        {"id": "%s", "institution": {"ru": "Казанский федеральный университет",
                         "en": "Kazan Federal University"}, "level": "SPECIALIST", "startDate": "2010-09",
                         "endDate": "2015-06", "courses": [{"en": "Numerical methods"}], "honours": "red diploma"}"""
                        .formatted(STUDY))));
    }

    @Test
    void showsTheApisRefusalOfAListItemBesideTheListsInput() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/projects").willReturn(okJson("[]").withHeader("ETag", "\"v3\"")));
        api.server.stubFor(post("/api/v1/profile/projects").willReturn(FakeApi.problem(400, "validation",
                "1 field is invalid: keywords[1].",
                "{\"field\": \"keywords[1]\", \"message\": \"size must be between 0 and 100\"}")));
        browser.get("/profile/projects/new");

        HttpResponse<String> refused = browser.post("/profile/projects",
                Map.of("etag", "\"v3\"", "name.en", "ledger-check", "keywords", "Java, " + "x".repeat(120)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<p class=\"field-error\" id=\"f-keywords-error\">size must be between 0 and 100</p>")
                .contains("href=\"#f-keywords\">Technologies: size must be between 0 and 100")
                .contains("value=\"Java, " + "x".repeat(120) + "\"");
    }

    @Test
    void endsAnOngoingJobsPeriodAndDeletesAnEntryAfterHtmxConfirms() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/volunteering").willReturn(okJson("[]").withHeader("ETag", "\"v3\"")));
        api.server.stubFor(post("/api/v1/profile/volunteering").willReturn(aResponse().withStatus(201)));
        api.server.stubFor(delete("/api/v1/profile/skills/" + SKILL).willReturn(aResponse().withStatus(204)));
        stubOverview();
        browser.get("/profile/volunteering/new");

        browser.post("/profile/volunteering", Map.of("etag", "\"v3\"", "organization.en", "Code Club",
                "startDate", "2019", "endDate", "2020", "highlights.ru", "Вела кружок\nСобрала 20 детей",
                "highlights.en", "Ran a club"));
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/profile/volunteering")).withRequestBody(
                equalToJson("""
                        {"organization": {"en": "Code Club"}, "startDate": "2019", "endDate": "2020",
                         "highlights": [{"ru": "Вела кружок", "en": "Ran a club"}, {"ru": "Собрала 20 детей"}]}""")));

        browser.get("/profile");
        HttpResponse<String> deleted = browser.header("HX-Request", "true")
                .post("/profile/skills/" + SKILL + "/delete", Map.of("etag", "\"v9\""));
        assertThat(deleted.headers().firstValue("HX-Redirect")).contains("/profile");
        api.server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/profile/skills/" + SKILL))
                .withHeader("If-Match", equalTo("\"v9\"")));
    }

    @Test
    void answersAnUnknownSectionWithTheNotFoundPage() {
        Browser browser = signedInVera();

        HttpResponse<String> page = browser.get("/profile/hobbies/new");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(browser.post("/profile/hobbies", Map.of("name", "x")).statusCode()).isEqualTo(404);
        assertThat(api.server.getAllServeEvents()).noneMatch(event -> event.getRequest().getUrl().contains("hobbies"));
    }

    @Test
    void savesTheSummaryInBothLanguagesWithItsPrimaryLanguage() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/summary").willReturn(okJson(
                "{\"primaryLanguage\": \"en\", \"summary\": {\"en\": \"Backend developer.\"}}")
                .withHeader("ETag", "\"v2\"")));
        api.server.stubFor(put("/api/v1/profile/summary").willReturn(okJson("{}").withHeader("ETag", "\"v3\"")));
        String form = browser.get("/profile/summary").body();
        assertThat(form).contains("Backend developer.</textarea>").contains("<option value=\"en\" selected>");

        HttpResponse<String> saved = browser.post("/profile/summary", Map.of("etag", "\"v2\"",
                "primaryLanguage", "ru", "summary.ru", "Бэкенд-разработчик.", "summary.en", "Backend developer."));

        assertThat(saved.statusCode()).isEqualTo(302);
        api.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/profile/summary"))
                .withHeader("If-Match", equalTo("\"v2\"")).withRequestBody(equalToJson("""
                        {"primaryLanguage": "ru", "summary": {"ru": "Бэкенд-разработчик.",
                         "en": "Backend developer."}}""")));
    }

    private static String study() {
        return """
                {"id": "%s", "institution": {"ru": "Казанский федеральный университет", "en": "Kazan Federal University"},
                 "area": {"en": "Applied mathematics"}, "level": "MASTER", "startDate": "2010-09",
                 "courses": [{"en": "Numerical methods"}, {"en": "Machine learning"}], "honours": "red diploma"}"""
                .formatted(STUDY);
    }

    private void stubOverview() {
        api.server.stubFor(get("/api/v1/profile").willReturn(okJson("""
                {"primaryLanguage": "en", "personal": {"firstName": {"en": "Vera"}},
                 "summary": {"en": "Backend developer, seven years of Java."},
                 "experience": [],
                 "education": [{"id": "%s", "institution": {"ru": "Казанский федеральный университет",
                   "en": "Kazan Federal University"}, "area": {"ru": "Прикладная математика",
                   "en": "Applied mathematics"}, "level": "MASTER", "startDate": "2010-09"}],
                 "skills": [{"id": "%s", "name": "Java", "level": "Expert", "keywords": ["Spring"]}],
                 "languages": [{"id": "e0000000-0000-4000-8000-000000000003", "language": "English", "cefr": "C1"}]}"""
                .formatted(STUDY, SKILL)).withHeader("ETag", "\"v9\"")));
        api.server.stubFor(get("/api/v1/profile/completeness").willReturn(okJson("""
                {"score": 48, "findings": [
                  {"section": "skills", "severity": "MISSING", "advice": "Add at least 5 skills."},
                  {"section": "summary", "field": "summary", "severity": "WEAK", "advice": "Add a summary."}]}""")));
    }
}
