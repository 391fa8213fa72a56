package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The salary page against the analysis service's estimates. */
class SalaryPageTest extends WebAppTestBase {

    @Test
    void drawsTheProfilesEstimateAsAPercentileBarWithTheExpectationMarked() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(okJson(accountantInMoscow())));

        HttpResponse<String> page = browser.get("/salary");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Salary</h1>").contains("100,000\u00a0₽")
                // The bar runs a little past p10 and p90; the expectation sits where 130,000 is.
                .contains("<rect class=\"chart-outer\" x=\"5.36%\" y=\"40\" width=\"89.28%\"")
                .contains("<line class=\"chart-median\" x1=\"38.84%\"")
                .contains("<line class=\"chart-expect\" x1=\"72.32%\"")
                .contains("Your expectation, 130,000\u00a0₽: Above 81 % of comparable offers.")
                .contains("role=\"img\"").contains("half below 100,000\u00a0₽")
                // What it rests on, and the comparables with their source.
                .contains("55 comparable vacancies").contains("High")
                .contains("From 55 comparable vacancies in Москва")
                .contains("href=\"https://hh.ru/vacancy/132856394\"").contains("80,000\u00a0–\u00a0100,000\u00a0₽, after tax");
        assertThat(html).doesNotContain("style=");
    }

    @Test
    void estimatesAnotherTitleCityAndExperienceWithTheProfilesDesiredSalaryMarked() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(get("/api/v1/profile/personal").willReturn(okJson(
                "{\"firstName\": {\"ru\": \"Вера\"}, \"desiredSalary\": {\"amount\": 130000, \"currency\": \"RUB\"}}")));
        api.server.stubFor(post("/api/v1/analysis/salary").willReturn(okJson(accountantInMoscow())));

        HttpResponse<String> page = browser.get("/salary?title=%D0%91%D1%83%D1%85%D0%B3%D0%B0%D0%BB%D1%82%D0%B5%D1%80"
                + "&city=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&experience=between1And3");

        assertThat(page.statusCode()).isEqualTo(200);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/analysis/salary")).withRequestBody(equalToJson("""
                {"title": "Бухгалтер", "city": "Москва", "experience": "between1And3",
                 "desiredSalary": {"amount": 130000, "currency": "RUB"}}""")));
        assertThat(page.body()).contains("Сколько платит рынок: Бухгалтер")
                .contains("Выше 81 % сопоставимых предложений.")
                .contains("По 55 сопоставимым вакансиям")
                .contains("<option value=\"between1And3\" selected>")
                .contains("href=\"/salary\"");
    }

    @Test
    void saysEstimatesAreBeingPreparedWhileTheModelLearns() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(FakeApi.problem(503,
                "salary-model-not-ready", "The salary model is still being trained.", "")
                .withHeader("Retry-After", "30")));

        HttpResponse<String> page = browser.get("/salary");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Estimates are being prepared").contains("<h1>Salary</h1>")
                .contains("name=\"title\"");
    }

    @Test
    void showsTheApisFieldErrorBesideTheField() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/personal").willReturn(okJson("{}")));
        api.server.stubFor(post("/api/v1/analysis/salary").willReturn(FakeApi.problem(400, "validation",
                "Field 'title' is invalid.", "{\"field\": \"title\", \"message\": \"size must be between 0 and 200\"}")));

        HttpResponse<String> page = browser.get("/salary?title=" + "x".repeat(201));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("class=\"error-summary\"")
                .contains("<p class=\"field-error\" id=\"f-title-error\">size must be between 0 and 200</p>");
    }

    @Test
    void sendsToTheProfileWhenItNamesNoJob() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(FakeApi.problem(422, "no-title",
                "Your profile names no headline, desired position or job title.", "")));

        HttpResponse<String> page = browser.get("/salary");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Сначала укажите в профиле, какую работу вы ищете")
                .contains("href=\"/profile/personal#f-desiredPosition\"");
    }

    @Test
    void saysPlainlyWhenThereIsTooLittleDataAndDrawsNoBar() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(okJson("""
                {"currency": "RUB", "period": "month", "basis": "NET", "p10": null, "p25": null, "median": null,
                 "p75": null, "p90": null, "sampleSize": 0, "confidence": "NONE", "comparables": [],
                 "explanation": "No market vacancy resembles this title.", "explanationRu": "Нет похожих вакансий.",
                 "expectation": null}""")));

        String html = browser.get("/salary").body();

        assertThat(html).contains("No market vacancy resembles this title.").contains("None")
                .doesNotContain("<svg class=\"salary-chart\"");
    }

    static String accountantInMoscow() {
        return """
                {"currency": "RUB", "period": "month", "basis": "NET", "p10": 70000, "p25": 85000, "median": 100000,
                 "p75": 120000, "p90": 150000, "sampleSize": 55, "confidence": "HIGH",
                 "comparables": [{"title": "Бухгалтер", "city": "Москва", "salaryFrom": 80000, "salaryTo": 100000,
                                  "currency": "RUR", "gross": false, "sourceId": "132856394", "similarity": 1.0},
                                 {"title": "Главный бухгалтер", "city": "Москва", "salaryFrom": 150000,
                                  "salaryTo": null, "currency": "RUR", "gross": true, "sourceId": "x-1",
                                  "similarity": 0.6}],
                 "explanation": "From 55 comparable vacancies in Москва (3723 in the market store with a salary). Roubles a month, net of 13 % income tax.",
                 "explanationRu": "По 55 сопоставимым вакансиям в городе Москва (всего в базе 3723 вакансий с зарплатой). Рублей в месяц, на руки.",
                 "expectation": {"amount": 130000, "percentile": 81,
                                 "en": "Above 81 % of comparable offers.", "ru": "Выше 81 % сопоставимых предложений."}}""";
    }

}
