package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The insights dashboard against the vacancy and analysis services' answers. */
class InsightsPageTest extends WebAppTestBase {

    @Test
    void showsTheFunnelScoresMissingSkillsAndSalaryWithATableForEachChart() {
        Browser browser = signedInVera();
        InsightsFixtures.stub(api, LocalDate.now());

        HttpResponse<String> page = browser.get("/insights");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Insights</h1>").doesNotContain("style=").doesNotContain("<script>")
                .contains("<script src=\"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js\" defer></script>")
                .contains("<script src=\"/js/insights.js\" defer></script>");
        // Three applications read; reached: all saved, two applied and interviewed, one offer, one rejected.
        assertThat(html).contains("Tracker steps of your 3 most recently changed applications")
                .containsPattern("<span class=\"funnel-count\">3</span> <span class=\"muted\">Saved</span>")
                .containsPattern("<span class=\"funnel-count\">2</span> <span class=\"muted\">Interview</span>")
                .containsPattern("<span class=\"funnel-count\">1</span> <span class=\"muted\">Offer</span>")
                .containsPattern("<span class=\"funnel-count\">1</span> <span class=\"muted\">Rejected</span>");
        // The chart's figures travel in a data attribute, escaped; the saved series' twelve weeks add up to 3.
        assertThat(html).contains("data-chart=\"{&#34;kind&#34;:&#34;stacked&#34;");
        // Scores: the newest full match of each vacancy (82, not the older 64 nor the uploaded resume's 99), the
        // ranking's score for the one never matched, best first.
        assertThat(html).containsSubsequence("Java backend developer</a></th><td class=\"num\">82</td><td>Full match",
                "Platform engineer</a></th><td class=\"num\">58</td><td>Full match",
                "Fintech Kotlin developer</a></th><td class=\"num\">47</td><td>Quick ranking")
                .doesNotContain(">99<").doesNotContain(">64<");
        // Missing skills: in the saved vacancies' newest matches (Kubernetes in one, Kafka in one, the unmatched
        // fintech vacancy's Kotlin) and among the 50 market vacancies nearest the profile; most asked for first.
        assertThat(html).containsSubsequence(
                "<th scope=\"row\">Kubernetes</th><td class=\"num\">1</td><td class=\"num\">31</td>",
                "<th scope=\"row\">ClickHouse</th><td class=\"num\">0</td><td class=\"num\">9</td>",
                "<th scope=\"row\">Apache Kafka</th><td class=\"num\">1</td><td class=\"num\">4</td>",
                "<th scope=\"row\">Kotlin</th><td class=\"num\">1</td><td class=\"num\">0</td>")
                .contains("how many of the 50 market vacancies nearest your profile ask for each")
                .doesNotContain("<th scope=\"row\">Go</th>");
        // Salary: the percentiles and the expectation.
        assertThat(html).contains("Monthly offers of 55 comparable vacancies, in RUB.")
                .contains("<th scope=\"row\">Median</th><td class=\"num\">100,000</td>")
                .contains("<tr class=\"yours\"><th scope=\"row\">Your expectation</th><td class=\"num\">130,000</td>");
    }

    @Test
    void saysInPlaceWhatCannotBeHadAndShowsTheRest() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(get("/api/v1/vacancies?size=30").willReturn(okJson(FakeApi.emptyVacancyList())));
        api.server.stubFor(get("/api/v1/analysis/matches?limit=100").willReturn(okJson("[]")));
        api.server.stubFor(get("/api/v1/analysis/recommended-vacancies?limit=30").willReturn(FakeApi.problem(422,
                "no-profile", "No profile yet.", "")));
        api.server.stubFor(get("/api/v1/analysis/market/skill-gaps?vacancies=50&limit=20").willReturn(
                FakeApi.problem(422, "no-profile", "No profile yet.", "")));
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(FakeApi.problem(503,
                "salary-model-not-ready", "The salary model is still being trained.", "")));

        HttpResponse<String> page = browser.get("/insights");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Аналитика</h1>")
                .contains("Откликов пока нет.")
                .contains("Сначала заполните профиль")
                .contains("Оценки готовятся")
                .doesNotContain("data-chart=");
    }

}
