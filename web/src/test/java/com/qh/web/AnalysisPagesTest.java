package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysis pages (the results page the analysis mail links to, the list, starting one) against the API. */
class AnalysisPagesTest extends WebAppTestBase {

    @Test
    void showsADoneMatchAsAReportWithTheScoreWhatMatchesWhatIsMissingAndWhatToFixFirst() {
        Browser browser = signedInVera();
        stubJob(AnalysisFixtures.MATCH_JOB, AnalysisFixtures.doneMatch());

        HttpResponse<String> page = browser.get("/analysis/jobs/" + AnalysisFixtures.MATCH_JOB);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Match: Senior Java developer</h1>")
                .contains("<span class=\"big-score-number\">72</span>")
                .contains("A partial fit")
                .contains("Built the search backend in Java 21 and Spring Boot")
                .contains("Home lab on k3s")
                .contains("href=\"/vacancies/" + PagesTest.VACANCY_ID + "\"")
                .doesNotContain("every 2s");
        // Missing: the required apart from the pluses.
        assertThat(between(html, "class=\"chips missing-must\"", "</ul>")).contains("Apache Kafka")
                .doesNotContain("ClickHouse");
        assertThat(between(html, "Would be a plus", "</ul>")).contains("ClickHouse").contains("English B2");
        // Fix first: the three recommendations that gain most, in order, each linking to where it is done.
        String fixFirst = between(html, "What to fix first", "More recommendations");
        assertThat(fixFirst.indexOf("Learn Apache Kafka")).isLessThan(fixFirst.indexOf("Put a number on"));
        assertThat(fixFirst).contains("+9.5 points")
                .contains("href=\"/profile/experience/a1d3c1e2-0000-4000-8000-000000000001/edit\"")
                .doesNotContain("Add your English level");
        assertThat(html).contains("More recommendations (1)").contains("Add your English level.");
        // A part the vacancy says nothing of is left out, not shown as 0.
        assertThat(html).contains("Skills").doesNotContain("id=\"part-salary\"");
        // What the match could not weigh, as on the match page.
        assertThat(between(html, "id=\"unscored\"", "</section>")).contains("Also in the vacancy, not in the score")
                .contains("Willing to travel to clients in the North-West").contains("Required");
    }

    @Test
    void showsTheRecommendationsInRussianOnTheRussianPage() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        stubJob(AnalysisFixtures.MATCH_JOB, AnalysisFixtures.doneMatch());

        String html = browser.get("/analysis/jobs/" + AnalysisFixtures.MATCH_JOB).body();

        assertThat(html).contains("Что исправить в первую очередь").contains("Изучите Apache Kafka")
                .contains("+9,5 к оценке").doesNotContain("Learn Apache Kafka");
    }

    @Test
    void showsAResumeReviewWithTheAtsScoreFindingsToneAndSalary() {
        Browser browser = signedInVera();
        stubJob(AnalysisFixtures.REVIEW_JOB, AnalysisFixtures.doneReview());

        String html = browser.get("/analysis/jobs/" + AnalysisFixtures.REVIEW_JOB).body();

        assertThat(html).contains("Resume review: vera-sokolova-cv.pdf")
                .contains("<span class=\"big-score-number\">64</span>")
                .contains("Вера Соколова")
                .contains("Weak verb").contains("участвовала")
                .contains("285,000 ₽").contains("214 comparable vacancies");
        // Worst first: the error before the warnings, the warnings by what they cost.
        String findings = between(html, "ATS findings", "</ul>");
        assertThat(findings.indexOf("page header")).isLessThan(findings.indexOf("Two columns"));
        assertThat(findings.indexOf("Two columns")).isLessThan(findings.indexOf("No phone number"));
        // Fix first takes the findings that cost most, then the worst wording.
        String fixFirst = between(html, "What to fix first", "</ol>");
        assertThat(fixFirst).contains("page header").contains("Two columns").contains("No phone number")
                .doesNotContain("only the year");
    }

    @Test
    void pollsARunningJobEveryTwoSecondsWithTheJobsPartAloneAndStopsWhenItIsDone() {
        Browser browser = signedInVera();
        stubJob(AnalysisFixtures.RUNNING_JOB, AnalysisFixtures.running());

        String page = browser.get("/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB).body();

        assertThat(page).contains("hx-get=\"/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB + "\"")
                .contains("hx-trigger=\"every 2s\"").contains("hx-swap=\"outerHTML\"")
                .contains("<progress max=\"100\" value=\"40\"")
                .contains("aria-current=\"step\"><span class=\"step-mark\" aria-hidden=\"true\"></span>Checking how ATS read it");

        browser.header("HX-Request", "true");
        String poll = browser.get("/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB).body();
        assertThat(poll.strip()).startsWith("<div id=\"job\"").doesNotContain("<html").contains("hx-trigger=\"every 2s\"");

        stubJob(AnalysisFixtures.RUNNING_JOB, AnalysisFixtures.doneReview());
        String done = browser.get("/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB).body();
        assertThat(done.strip()).startsWith("<div id=\"job\"").doesNotContain("every 2s").contains("big-score-number");
    }

    @Test
    void saysWhyAJobFailedInThePagesLanguage() {
        Browser browser = signedInVera();
        stubJob(AnalysisFixtures.FAILED_JOB, AnalysisFixtures.failed());

        String html = browser.get("/analysis/jobs/" + AnalysisFixtures.FAILED_JOB).body();

        assertThat(html).contains("The analysis could not be finished")
                .contains("The file holds only pictures (a scan)").doesNotContain("every 2s");
    }

    @Test
    void saysWhenASalaryEstimateHasTooLittleData() {
        Browser browser = signedInVera();
        stubJob(AnalysisFixtures.SALARY_JOB, AnalysisFixtures.salaryUnavailable());

        String html = browser.get("/analysis/jobs/" + AnalysisFixtures.SALARY_JOB).body();

        assertThat(html).contains("<h1>Salary estimate</h1>").contains("too few for a fair figure")
                .doesNotContain("salary-median");
    }

    @Test
    void anotherPersonsOrUnknownJobIsTheNotFoundPage() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.MATCH_JOB).willReturn(
                FakeApi.problem(404, "not-found", "No such job.", "")));

        HttpResponse<String> page = browser.get("/analysis/jobs/" + AnalysisFixtures.MATCH_JOB);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This page does not exist.");
        assertThat(browser.get("/analysis/jobs/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void listsTheJobsNewestFirstAndLinksEach() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=50").willReturn(okJson(AnalysisFixtures.list())));

        String html = browser.get("/analysis").body();

        assertThat(html).contains("href=\"/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB + "\"")
                .contains("Running · 40%").contains("Done").contains("Failed")
                .contains("<a href=\"/analysis\" aria-current=\"page\">Analysis</a>");
        assertThat(html.indexOf(AnalysisFixtures.RUNNING_JOB)).isLessThan(html.indexOf(AnalysisFixtures.MATCH_JOB));
    }

    @Test
    void explainsHowToStartWhenThereIsNoAnalysisYet() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=50").willReturn(okJson("[]")));

        assertThat(browser.get("/analysis").body()).contains("No analyses yet.").contains("Check my fit");
    }

    @Test
    void startsAMatchFromTheVacancyAndOpensItsPage() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/vacancies/" + PagesTest.VACANCY_ID)
                .willReturn(okJson(PagesTest.vacancy("SAVED"))));
        api.server.stubFor(post("/api/v1/analysis/jobs").willReturn(WireMock.aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "/api/v1/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB)
                .withBody("{\"id\": \"" + AnalysisFixtures.RUNNING_JOB + "\", \"type\": \"MATCH\", "
                        + "\"status\": \"QUEUED\", \"progress\": 0}")));
        assertThat(browser.get("/vacancies/" + PagesTest.VACANCY_ID).body()).contains("Check my fit")
                .contains("name=\"vacancyId\" value=\"" + PagesTest.VACANCY_ID + "\"");

        HttpResponse<String> started = browser.post("/analysis/jobs",
                Map.of("type", "MATCH", "vacancyId", PagesTest.VACANCY_ID));

        assertThat(started.headers().firstValue("Location").orElseThrow())
                .endsWith("/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/analysis/jobs")).withRequestBody(
                equalToJson("{\"type\": \"MATCH\", \"vacancyId\": \"" + PagesTest.VACANCY_ID + "\"}")));
    }

    @Test
    void startsAReviewOfAnUploadedResumeFromItsPage() {
        Browser browser = signedInVera();
        String document = "/api/v1/documents/" + DocumentFixtures.DOC;
        api.server.stubFor(get(document).willReturn(okJson(DocumentFixtures.one())));
        api.server.stubFor(get(document + "/versions").willReturn(okJson(DocumentFixtures.versions())));
        api.server.stubFor(get(document + "/shares").willReturn(okJson("[]")));
        api.server.stubFor(post("/api/v1/analysis/jobs").willReturn(WireMock.aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + AnalysisFixtures.RUNNING_JOB + "\", \"type\": \"RESUME_REVIEW\"}")));
        assertThat(browser.get("/documents/" + DocumentFixtures.DOC).body()).contains("Review it")
                .contains("name=\"documentId\" value=\"" + DocumentFixtures.DOC + "\"");

        HttpResponse<String> started = browser.post("/analysis/jobs",
                Map.of("type", "RESUME_REVIEW", "documentId", DocumentFixtures.DOC));

        assertThat(started.headers().firstValue("Location").orElseThrow())
                .endsWith("/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/analysis/jobs")).withRequestBody(
                equalToJson("{\"type\": \"RESUME_REVIEW\", \"documentId\": \"" + DocumentFixtures.DOC + "\"}")));
    }

    @Test
    void saysToFillInTheProfileWhenThereIsNoneToMatch() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=50").willReturn(okJson("[]")));
        api.server.stubFor(post("/api/v1/analysis/jobs").willReturn(
                FakeApi.problem(422, "no-profile", "There is no profile to match yet.", "")));
        browser.get("/analysis");

        HttpResponse<String> refused = browser.post("/analysis/jobs", Map.of("type", "SALARY"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("class=\"error-summary\"").contains("Fill in your profile first");
    }

    private void stubJob(String id, String json) {
        api.server.stubFor(get("/api/v1/analysis/jobs/" + id).willReturn(okJson(json)));
    }


    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        int end = html.indexOf(to, start + from.length());
        return end < 0 ? html.substring(start) : html.substring(start, end);
    }
}
