package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The match page of a saved vacancy against the analysis and profile APIs. */
class MatchPageTest extends WebAppTestBase {

    static final String VACANCY = PagesTest.VACANCY_ID;
    static final String JOB = "a1d3c1e2-0000-4000-8000-000000000001";

    @Test
    void showsTheScoreItsPartsAndEachRequirementBesideTheProfileLinesThatMeetIt() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatch())));

        HttpResponse<String> page = browser.get("/vacancies/" + VACANCY + "/match");

        assertThat(page.statusCode()).isEqualTo(200);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/analysis/match"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withRequestBody(equalToJson("{\"vacancyId\": \"" + VACANCY + "\", \"language\": \"en\"}")));
        String html = page.body();
        assertThat(html).contains("<h1>Match: Senior Java developer</h1>")
                .contains("<span class=\"big-score-number\">72</span>")
                .contains("id=\"part-experience\"").doesNotContain("id=\"part-salary\"");
        // Required apart from the pluses, each line with its evidence or "missing".
        String must = between(html, "id=\"req-must\"", "id=\"req-plus\"");
        assertThat(must).contains("2 of 3 met").contains("Java")
                .contains("<a href=\"/profile/experience/" + JOB + "/edit\">Built the search backend in Java 21")
                .contains("Apache Kafka").contains("Missing: nothing in the profile shows it.");
        assertThat(must.indexOf("Java")).isLessThan(must.indexOf("Apache Kafka"));
        String plus = between(html, "id=\"req-plus\"", "id=\"recommendations\"");
        assertThat(plus).contains("0 of 1 met").contains("ClickHouse").doesNotContain("Apache Kafka");
        // Missing skills, required first, each with its button.
        String missing = between(html, "id=\"missing-skills-title\"", "</section>");
        assertThat(missing.indexOf("Apache Kafka")).isLessThan(missing.indexOf("ClickHouse"));
        assertThat(missing).contains("action=\"/vacancies/" + VACANCY + "/match/skills\"")
                .contains("name=\"name\" value=\"Apache Kafka\"")
                .contains("aria-describedby=\"missing-skill-0\">I have this — add it to my profile</button>");
        // Recommendations, each a link to the field it concerns.
        String advice = between(html, "id=\"recommendations\"", "</section>");
        assertThat(advice).contains("+9.5 points").contains("href=\"#missing-skills\"")
                .contains("href=\"/profile/experience/" + JOB + "/edit#f-highlights\">Fix it in: A job’s achievements")
                .contains("href=\"/profile/personal#f-location-city\"");
        // The vacancy page links here.
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson(PagesTest.vacancy("SAVED"))));
        assertThat(browser.get("/vacancies/" + VACANCY).body())
                .contains("href=\"/vacancies/" + VACANCY + "/match\"");
    }

    @Test
    void addsAMissingSkillToTheProfileWithItsVersionAndMatchesAgain() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatch())));
        api.server.stubFor(get("/api/v1/profile/skills").willReturn(okJson("[{\"id\": \"s1\", \"name\": \"Java\"}]")
                .withHeader("ETag", "\"v7\"")));
        api.server.stubFor(post("/api/v1/profile/skills").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"v8\"")
                .withBody("{\"id\": \"s2\", \"name\": \"Apache Kafka\"}")));
        browser.get("/vacancies/" + VACANCY + "/match");

        HttpResponse<String> added = browser.post("/vacancies/" + VACANCY + "/match/skills",
                Map.of("name", "Apache Kafka"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/vacancies/" + VACANCY + "/match");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/profile/skills"))
                .withHeader("If-Match", equalTo("\"v7\""))
                .withRequestBody(equalToJson("{\"name\": \"Apache Kafka\"}")));
        String again = browser.get("/vacancies/" + VACANCY + "/match").body();
        assertThat(again).contains("The skill is added to your profile; the match below is made again.");
        api.server.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/analysis/match")));
    }

    @Test
    void addsNothingWhenTheProfileListsTheSkillAlready() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatch())));
        api.server.stubFor(get("/api/v1/profile/skills").willReturn(okJson("[{\"id\": \"s1\", \"name\": \"apache kafka\"}]")
                .withHeader("ETag", "\"v7\"")));
        browser.get("/vacancies/" + VACANCY + "/match");

        browser.post("/vacancies/" + VACANCY + "/match/skills", Map.of("name", "Apache Kafka"));

        api.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/profile/skills")));
        assertThat(browser.get("/vacancies/" + VACANCY + "/match").body())
                .contains("Your profile lists that skill already.");
    }

    @Test
    void readsTheNewVersionAndAddsOnceMoreWhenTheProfileChangedInBetween() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatch())));
        api.server.stubFor(get("/api/v1/profile/skills").inScenario("changed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("[]").withHeader("ETag", "\"v7\"")).willSetStateTo("read once"));
        api.server.stubFor(get("/api/v1/profile/skills").inScenario("changed").whenScenarioStateIs("read once")
                .willReturn(okJson("[]").withHeader("ETag", "\"v9\"")));
        api.server.stubFor(post("/api/v1/profile/skills").withHeader("If-Match", equalTo("\"v7\""))
                .willReturn(FakeApi.problem(412, "profile-changed", "The profile changed.", "")));
        api.server.stubFor(post("/api/v1/profile/skills").withHeader("If-Match", equalTo("\"v9\""))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"s2\", \"name\": \"ClickHouse\"}")));
        browser.get("/vacancies/" + VACANCY + "/match");

        HttpResponse<String> added = browser.post("/vacancies/" + VACANCY + "/match/skills",
                Map.of("name", "ClickHouse"));

        assertThat(added.statusCode()).isEqualTo(302);
        api.server.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/profile/skills")));
    }

    @Test
    void showsTheProfileApisRefusalOnTheMatchPage() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatch())));
        api.server.stubFor(get("/api/v1/profile/skills").willReturn(okJson("[]").withHeader("ETag", "\"v7\"")));
        api.server.stubFor(post("/api/v1/profile/skills").willReturn(FakeApi.problem(400, "validation",
                "Field 'name' is too long.", "{\"field\": \"name\", \"message\": \"size must be at most 100\"}")));
        browser.get("/vacancies/" + VACANCY + "/match");

        HttpResponse<String> refused = browser.post("/vacancies/" + VACANCY + "/match/skills",
                Map.of("name", "Kafka"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("big-score-number")
                .doesNotContain("Exception");
    }

    @Test
    void listsTheRequirementsTheScoreCouldNotWeighInTheVacancysOwnWords() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatchWithUnscored())));

        String html = browser.get("/vacancies/" + VACANCY + "/match").body();

        String unscored = between(html, "id=\"unscored\"", "</section>");
        assertThat(unscored).contains("Ещё из вакансии, не вошло в оценку")
                .contains("Готовность к командировкам по Северо-Западу")
                .contains("Опыт кладки арок и карнизов")
                .contains("Кладка облицовочного кирпича с расшивкой швов");
        assertThat(unscored.indexOf("Обязательно")).isLessThan(unscored.indexOf("Опыт кладки арок"));
        assertThat(unscored.indexOf("Плюс")).isLessThan(unscored.indexOf("Кладка облицовочного"));
        assertThat(unscored).contains("Обязанность");
        assertThat(html.indexOf("id=\"req-plus\"")).isLessThan(html.indexOf("id=\"unscored\""));

        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(seniorJavaMatch())));
        assertThat(browser.get("/vacancies/" + VACANCY + "/match").body()).doesNotContain("id=\"unscored\"");
    }

    @Test
    void saysToFillInTheProfileWhenThereIsNoneToMatchInRussian() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(
                FakeApi.problem(422, "no-profile", "There is no profile to match yet.", "")));

        HttpResponse<String> page = browser.get("/vacancies/" + VACANCY + "/match");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Сравнить не получилось").contains("href=\"/profile\"")
                .contains("<html lang=\"ru\"");
    }

    @Test
    void anotherPersonsVacancyIsThePageNotFound() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(
                FakeApi.problem(404, "not-found", "You have no such vacancy.", "")));

        assertThat(browser.get("/vacancies/" + VACANCY + "/match").statusCode()).isEqualTo(404);
    }

    /** The analysis service's {@code MatchView} of Vera's profile against a senior Java vacancy. */
    static String seniorJavaMatch() {
        return """
                {"id": "8d2f6e1a-3b4c-4d5e-8f90-a1b2c3d4e5f6", "vacancyId": "%s", "documentId": null,
                 "vacancyTitle": "Senior Java developer", "createdAt": "2026-12-04T14:05:00Z", "score": 72,
                 "parts": {"skills": 78, "experience": 85, "education": null, "languages": null, "location": 100,
                           "salary": null},
                 "requirements": [
                   {"requirement": "Java", "kind": "SKILL", "importance": "MUST", "status": "MET",
                    "evidence": [{"section": "work", "entryId": "%s",
                                  "text": "Built the search backend in Java 21 and Spring Boot"},
                                 {"section": "skills", "entryId": null, "text": "Java"}],
                    "skills": ["Java"], "source": "Java от 3 лет"},
                   {"requirement": "Kubernetes", "kind": "SKILL", "importance": "MUST", "status": "PARTIAL",
                    "evidence": [{"section": "projects", "entryId": "p1", "text": "Home lab on k3s"}],
                    "skills": ["Kubernetes"], "source": "Kubernetes"},
                   {"requirement": "Apache Kafka", "kind": "SKILL", "importance": "MUST", "status": "MISSING",
                    "evidence": [], "skills": ["Apache Kafka"], "source": "Kafka"},
                   {"requirement": "ClickHouse", "kind": "SKILL", "importance": "PLUS", "status": "MISSING",
                    "evidence": [], "skills": ["ClickHouse"], "source": "Будет плюсом: ClickHouse"}],
                 "missingSkills": ["Apache Kafka", "ClickHouse"],
                 "experienceBySkill": [],
                 "recommendations": [
                   {"kind": "LEARN", "section": "skills", "entryId": null, "gain": 9.5,
                    "en": "Learn Apache Kafka: the vacancy requires it.", "ru": null},
                   {"kind": "QUANTIFY_ACHIEVEMENT", "section": "work", "entryId": "%s", "gain": 2.5,
                    "en": "Put a number on “Improved the search latency” at Yandex.", "ru": null},
                   {"kind": "LEARN", "section": "location", "entryId": null, "gain": 0,
                    "en": "Say whether you would move to Moscow.", "ru": null}],
                 "taxonomyVersion": "2026.12.4", "graphVersion": "2026.12.4"}""".formatted(VACANCY, JOB, JOB);
    }


    /** {@link #seniorJavaMatch()} with two requirement sentences and a duty the score could not weigh. */
    static String seniorJavaMatchWithUnscored() {
        return seniorJavaMatch().replace("\"taxonomyVersion\"", """
                "unscored": [{"text": "Готовность к командировкам по Северо-Западу", "importance": "MUST"},
                             {"text": "Опыт кладки арок и карнизов", "importance": "PLUS"},
                             {"text": "Кладка облицовочного кирпича с расшивкой швов", "importance": "PLUS",
                              "duty": true}],
                 "taxonomyVersion\"""");
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        int end = html.indexOf(to, start + from.length());
        return end < 0 ? html.substring(start) : html.substring(start, end);
    }
}
