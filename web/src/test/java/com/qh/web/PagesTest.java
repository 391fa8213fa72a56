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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account, profile and vacancy pages against the API's answers, good and bad. */
class PagesTest extends WebAppTestBase {

    static final String VACANCY_ID = "5d1c8a52-8f3e-4c7e-9a51-2b3f1e0c9d77";

    @Test
    void verifiesTheAddressOnlyWhenThePersonConfirms() {
        api.server.stubFor(post("/api/v1/auth/verify-email").willReturn(aResponse().withStatus(204)));
        Browser browser = browser();

        HttpResponse<String> link = browser.get("/verify-email?token=mail-token");
        api.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/auth/verify-email")));
        assertThat(link.body()).contains("name=\"token\" value=\"mail-token\"");

        HttpResponse<String> confirmed = browser.post("/verify-email", Map.of("token", "mail-token"));

        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/auth/verify-email"))
                .withRequestBody(equalToJson("{\"token\": \"mail-token\"}")));
        assertThat(browser.get("/sign-in").body()).contains("Your address is confirmed.");
    }

    @Test
    void explainsASpentVerificationLink() {
        api.server.stubFor(post("/api/v1/auth/verify-email").willReturn(
                FakeApi.problem(400, "invalid-token", "Unknown or expired token.", "")));
        Browser browser = browser();
        browser.get("/verify-email?token=spent");

        HttpResponse<String> refused = browser.post("/verify-email", Map.of("token", "spent"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This link is no longer valid");
    }

    @Test
    void resetsThePasswordFromTheMailsLinkAndRefusesDifferingPasswords() {
        api.server.stubFor(post("/api/v1/auth/password/reset").willReturn(aResponse().withStatus(204)));
        Browser browser = browser();
        browser.get("/reset-password?token=reset-token");

        HttpResponse<String> differing = browser.post("/reset-password",
                Map.of("token", "reset-token", "newPassword", "a long new passphrase", "confirmPassword", "another"));
        assertThat(differing.statusCode()).isEqualTo(400);
        assertThat(differing.body()).contains("f-confirmPassword-error").contains("The two passwords differ.");

        HttpResponse<String> reset = browser.post("/reset-password", Map.of("token", "reset-token", "newPassword",
                "a long new passphrase", "confirmPassword", "a long new passphrase"));

        assertThat(reset.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/auth/password/reset")).withRequestBody(
                equalToJson("{\"token\": \"reset-token\", \"newPassword\": \"a long new passphrase\"}")));
    }

    @Test
    void showsAWrongCurrentPasswordAtTheField() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/auth/password/change").willReturn(
                FakeApi.problem(401, "wrong-password", "The current password is wrong.", "")));
        browser.get("/account");

        HttpResponse<String> refused = browser.post("/account/password", Map.of("currentPassword", "guess",
                "newPassword", "a long new passphrase", "confirmPassword", "a long new passphrase"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("id=\"f-currentPassword-error\">The current password is wrong.");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void savesThePersonalSectionWithIfMatchAndKeepsWhatTheFormDoesNotShow() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/personal").willReturn(okJson("""
                {"firstName": {"ru": "Вера"}, "citizenship": ["RU"], "contacts": {"email": "vera@example.org"}}""")
                .withHeader("ETag", "\"v3\"")));
        api.server.stubFor(put("/api/v1/profile/personal").willReturn(okJson("{}").withHeader("ETag", "\"v4\"")));
        HttpResponse<String> form = browser.get("/profile/personal");
        assertThat(form.body()).contains("value=\"Вера\"").contains("name=\"etag\" value=\"&#34;v3&#34;\"");

        HttpResponse<String> saved = browser.post("/profile/personal", personal("\"v3\"", "350 000"));

        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
        api.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/profile/personal"))
                .withHeader("If-Match", equalTo("\"v3\""))
                .withRequestBody(matchingJsonPath("$.citizenship[0]", equalTo("RU")))
                .withRequestBody(matchingJsonPath("$.firstName.en", equalTo("Vera")))
                .withRequestBody(matchingJsonPath("$.desiredSalary.amount", equalTo("350000")))
                .withRequestBody(matchingJsonPath("$.desiredSalary.currency", equalTo("RUB"))));
    }

    @Test
    void saysSoWhenTheProfileChangedElsewhereAndOffersToOverwrite() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/personal").willReturn(okJson("{}").withHeader("ETag", "\"v5\"")));
        api.server.stubFor(put("/api/v1/profile/personal").willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://qh.dev/problems/profile-changed", "status": 412,
                         "detail": "The profile changed.", "currentETag": "\\"v5\\""}""")));
        browser.get("/profile/personal");

        HttpResponse<String> refused = browser.post("/profile/personal", personal("\"v3\"", ""));

        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(refused.body()).contains("was changed elsewhere").contains("value=\"Vera\"")
                .contains("name=\"etag\" value=\"&#34;v5&#34;\"");
    }

    @Test
    void refusesASalaryThatIsNoNumberBeforeAskingTheApi() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/personal").willReturn(okJson("{}").withHeader("ETag", "\"v1\"")));
        browser.get("/profile/personal");

        HttpResponse<String> refused = browser.post("/profile/personal", personal("\"v1\"", "a lot"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-desiredSalary-amount-error\">Enter a whole number.");
        api.server.verify(0, putRequestedFor(urlPathEqualTo("/api/v1/profile/personal")));
    }

    @Test
    void addsAJobWithItsHighlightsPairedByLine() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/experience").willReturn(okJson("[]").withHeader("ETag", "\"v7\"")));
        api.server.stubFor(post("/api/v1/profile/experience").willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/api/v1/profile/experience/x").withHeader("ETag", "\"v8\"")));
        browser.get("/profile/experience/new");

        Map<String, String> job = new LinkedHashMap<>();
        job.put("etag", "\"v7\"");
        job.put("position.en", "Backend developer");
        job.put("employer.en", "Yandex");
        job.put("startDate", "2021-03");
        job.put("current", "true");
        job.put("highlights.ru", "Ускорила поиск в 3 раза\n\nВнедрила Kafka");
        job.put("highlights.en", "Made search 3x faster\n\nIntroduced Kafka");
        HttpResponse<String> saved = browser.post("/profile/experience", job);

        assertThat(saved.statusCode()).isEqualTo(302);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/profile/experience"))
                .withHeader("If-Match", equalTo("\"v7\""))
                .withRequestBody(matchingJsonPath("$.position.en", equalTo("Backend developer")))
                .withRequestBody(matchingJsonPath("$.current", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.highlights[1].ru", equalTo("Внедрила Kafka")))
                .withRequestBody(matchingJsonPath("$.highlights[1].en", equalTo("Introduced Kafka"))));
    }

    @Test
    void showsTheApisFieldErrorOnTheBilingualGroupItNames() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/experience").willReturn(okJson("[]").withHeader("ETag", "\"v7\"")));
        api.server.stubFor(post("/api/v1/profile/experience").willReturn(FakeApi.problem(400, "validation",
                "1 field is invalid: employer.", "{\"field\": \"employer\", \"message\": \"must not be null\"}")));
        browser.get("/profile/experience/new");

        HttpResponse<String> refused = browser.post("/profile/experience",
                Map.of("etag", "\"v7\"", "position.en", "Developer", "startDate", "2021"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"field-error\" id=\"f-employer-error\">must not be null</p>")
                .contains("href=\"#f-employer\">Employer: must not be null");
    }

    @Test
    void movesAnApplicationAndAnswersHtmxWithTheTrackerAlone() {
        Browser browser = signedInVera().header("HX-Request", "true");
        api.server.stubFor(post("/api/v1/vacancies/" + VACANCY_ID + "/tracker")
                .withRequestBody(equalToJson("{\"status\": \"INTERVIEW\", \"note\": \"Thursday 15:00\"}"))
                .willReturn(okJson(vacancy("INTERVIEW"))));
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY_ID).willReturn(okJson(vacancy("APPLIED"))));
        browser.get("/vacancies/" + VACANCY_ID);

        HttpResponse<String> moved = browser.post("/vacancies/" + VACANCY_ID + "/tracker",
                Map.of("status", "INTERVIEW", "note", "Thursday 15:00"));

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).startsWith("<section class=\"card tracker\" id=\"tracker\"")
                .doesNotContain("<html").contains("status-interview").contains("The application is updated.");
    }

    @Test
    void showsARefusedMoveInTheTracker() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/vacancies/" + VACANCY_ID + "/tracker").willReturn(FakeApi.problem(409,
                "invalid-status-change", "OFFER cannot go back to SAVED.", "")));
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY_ID).willReturn(okJson(vacancy("OFFER"))));
        browser.get("/vacancies/" + VACANCY_ID);

        HttpResponse<String> refused = browser.post("/vacancies/" + VACANCY_ID + "/tracker",
                Map.of("status", "SAVED"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The application cannot move there from its current status.");
    }

    @Test
    void importsAVacancyByLinkAndOpensIt() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        api.server.stubFor(post("/api/v1/vacancies/import")
                .withRequestBody(equalToJson("{\"url\": \"https://hh.ru/vacancy/123\"}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(vacancy("SAVED"))));
        browser.get("/vacancies");

        HttpResponse<String> none = browser.post("/vacancies/import", Map.of("url", "", "text", ""));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Give a link or paste the text.");

        HttpResponse<String> imported = browser.post("/vacancies/import", Map.of("url", "https://hh.ru/vacancy/123"));

        assertThat(imported.headers().firstValue("Location").orElseThrow()).endsWith("/vacancies/" + VACANCY_ID);
    }

    @Test
    void showsRequirementsMustAndPlusApartAndTheDescriptionAsText() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY_ID).willReturn(okJson(vacancy("APPLIED"))));

        HttpResponse<String> page = browser.get("/vacancies/" + VACANCY_ID);

        assertThat(page.body()).contains("<ul class=\"chips must\"><li>Java</li><li>PostgreSQL</li></ul>")
                .contains("<ul class=\"chips plus\"><li>Kafka</li></ul>")
                .contains("&lt;b&gt;Join us&lt;/b&gt;").contains("150,000\u00a0–\u00a0250,000\u00a0RUB");
    }

    @Test
    void answersAnUnknownVacancyWithTheErrorPage() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY_ID).willReturn(
                FakeApi.problem(404, "not-found", "No such vacancy.", "")));

        HttpResponse<String> page = browser.get("/vacancies/" + VACANCY_ID);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This page does not exist.").doesNotContain("Exception");
    }

    @Test
    void listsTheInboxAndDropsLinksThatCouldRunScript() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson(inbox())));

        HttpResponse<String> page = browser.get("/notifications");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Interview on Thursday").contains("href=\"/vacancies/" + VACANCY_ID + "\"")
                .contains("One unread message").doesNotContain("javascript:");
    }

    @Test
    void showsTheUnreadCountInTheHeaderOnceHtmxAsksForIt() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 3}")));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));

        String page = browser.get("/vacancies").body();
        assertThat(page).contains("class=\"bell\" href=\"/notifications\"")
                .contains("hx-get=\"/notifications/unread-count\" hx-trigger=\"load\"");
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/notifications/unread-count")));

        String count = browser.header("HX-Request", "true").get("/notifications/unread-count").body().strip();
        assertThat(count).startsWith("<span class=\"bell-count\">").contains(">3<").contains("3 unread")
                .doesNotContain("hx-trigger");

        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(
                FakeApi.problem(503, "unavailable", "Down.", "")));
        assertThat(browser.get("/notifications/unread-count").body().strip()).isEqualTo("<span></span>");
    }

    @Test
    void marksAMessageReadAndAnswersHtmxWithTheInboxAlone() {
        Browser browser = signedInVera().header("HX-Request", "true");
        api.server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson(inbox())));
        api.server.stubFor(post("/api/v1/notifications/" + MESSAGE_ID + "/read")
                .willReturn(aResponse().withStatus(204)));
        browser.get("/notifications");

        HttpResponse<String> read = browser.post("/notifications/" + MESSAGE_ID + "/read", Map.of());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).startsWith("<section id=\"inbox\"").doesNotContain("<html");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/notifications/" + MESSAGE_ID + "/read"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS)));
    }

    @Test
    void showsTheUsersToAnAdminOnly() {
        Browser person = signedInVera();
        assertThat(person.get("/admin/users").statusCode()).isEqualTo(403);

        api.veraIsAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/users")).willReturn(okJson(FakeApi.users())));
        Browser admin = signedInVera();
        HttpResponse<String> users = admin.get("/admin/users?q=example");

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("ivan@example.org").contains("Disabled").contains("href=\"/admin/users\"");
        api.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/auth/admin/users"))
                .withQueryParam("q", equalTo("example")));
    }

    @Test
    void searchesVacanciesInRussianWithTheWordsThePersonTyped() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));

        HttpResponse<String> list = browser.get("/vacancies?q=" + java.net.URLEncoder.encode("Java разработчик & 100%",
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(list.statusCode()).isEqualTo(200);
        // Encoded once on the way to the API, so the service reads exactly what was typed.
        api.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/vacancies"))
                .withQueryParam("q", equalTo("Java разработчик & 100%")));
    }

    @Test
    void showsWhyAnAdminCannotDisableThemselves() {
        api.veraSignsIn(900);
        api.veraIsAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/users")).willReturn(okJson(FakeApi.users())));
        api.server.stubFor(post("/api/v1/auth/admin/users/0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11/disable").willReturn(
                FakeApi.problem(409, "self-administration", "You cannot disable yourself.", "")));
        Browser admin = signedInVera();
        admin.get("/admin/users");

        HttpResponse<String> refused = admin.post("/admin/users/0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11/disable",
                Map.of());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("You cannot disable, demote or delete yourself.");
    }

    static final String MESSAGE_ID = "9a8b7c6d-0000-4000-8000-00000000000a";

    static String inbox() {
        return """
                [{"id": "%s", "eventType": "vacancy.status-changed.v1", "title": "Interview on Thursday",
                  "body": "Yandex invited you to a technical interview.", "link": "/vacancies/%s",
                  "createdAt": "2026-12-03T09:00:00Z", "readAt": null},
                 {"id": "9a8b7c6d-0000-4000-8000-00000000000b", "eventType": "x", "title": "Old news",
                  "body": "", "link": "javascript:alert(1)", "createdAt": "2026-11-01T09:00:00Z",
                  "readAt": "2026-11-02T09:00:00Z"}]""".formatted(MESSAGE_ID, VACANCY_ID);
    }


    private static Map<String, String> personal(String etag, String salary) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("etag", etag);
        form.put("firstName.ru", "Вера");
        form.put("firstName.en", "Vera");
        form.put("contacts.email", "vera@example.org");
        form.put("desiredSalary.amount", salary);
        return form;
    }

    static String vacancy(String status) {
        return """
                {"id": "%s", "source": "HH", "sourceUrl": "https://hh.ru/vacancy/123", "title": "Java developer",
                 "company": "Yandex", "salary": {"from": 150000, "to": 250000, "currency": "RUB"},
                 "location": {"city": "Moscow"}, "description": {"text": "<b>Join us</b>\\nWe build search."},
                 "keySkills": ["Java"], "requirements": {"skills": [
                   {"name": "Java", "importance": "MUST"}, {"name": "PostgreSQL", "importance": "MUST"},
                   {"name": "Kafka", "importance": "NICE"}]},
                 "status": "%s", "statusChangedAt": "2026-12-01T10:00:00Z",
                 "tracker": [{"status": "SAVED", "date": "2026-11-28"}, {"status": "%s", "note": "Sent my CV",
                   "date": "2026-12-01"}]}""".formatted(VACANCY_ID, status, status);
    }
}
