package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's AI usage page against auth's ledger. */
class AdminAiUsageTest extends WebAppTestBase {

    static final String VERA = "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11";
    static final String IVAN = "1c2d3e4f-0000-4000-8000-000000000002";

    @Test
    void showsTheUsageOfARangeMostTokensFirstWithABudgetFormPerUser() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/admin/ai/usage")).willReturn(okJson(usage())));

        HttpResponse<String> page = browser.get("/admin/ai?from=2026-11-05&to=2026-12-04");

        assertThat(page.statusCode()).isEqualTo(200);
        api.server.verify(getRequestedFor(urlEqualTo("/api/v1/admin/ai/usage?from=2026-11-05&to=2026-12-04")));
        String html = page.body();
        assertThat(html).contains("<h1>AI usage</h1>").contains("href=\"/admin/ai\" aria-current=\"page\"")
                .contains("value=\"2026-11-05\"").contains("Tokens used from 2026-11-05 to 2026-12-04")
                .contains("23,500");
        // Sorted by tokens (prompt and completion), whatever order the API gave.
        String table = html.substring(html.indexOf("<tbody>"));
        assertThat(table.indexOf("letter · draft")).isLessThan(table.indexOf("resume · tailor"));
        assertThat(table.indexOf("resume · tailor")).isLessThan(table.indexOf("analysis · tone"));
        // One budget form per user, on their first row.
        assertThat(table).containsOnlyOnce("action=\"/admin/ai/users/" + VERA + "/budget\"")
                .containsOnlyOnce("action=\"/admin/ai/users/" + IVAN + "/budget\"")
                .contains("<label for=\"f-budget-0\" class=\"visually-hidden\">Daily token budget of ivan@example.org");
        // The admin pages link each other.
        assertThat(html).contains("href=\"/admin/users\"");
    }

    @Test
    void setsAUsersDailyBudgetAndGoesBackToTheSameRange() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/admin/ai/usage")).willReturn(okJson(usage())));
        api.server.stubFor(put("/api/v1/auth/admin/users/" + IVAN + "/ai-budget").willReturn(okJson(
                "{\"userId\": \"" + IVAN + "\", \"day\": \"2026-12-04\", \"budget\": 50000, \"used\": 0, \"remaining\": 50000}")));
        browser.get("/admin/ai?from=2026-11-05&to=2026-12-04");

        HttpResponse<String> set = browser.post("/admin/ai/users/" + IVAN + "/budget",
                Map.of("dailyTokens", "50 000", "back", "/admin/ai?from=2026-11-05&to=2026-12-04"));

        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/admin/ai?from=2026-11-05&to=2026-12-04");
        api.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/auth/admin/users/" + IVAN + "/ai-budget"))
                .withRequestBody(equalToJson("{\"dailyTokens\": 50000}")));
        assertThat(browser.get("/admin/ai?from=2026-11-05&to=2026-12-04").body())
                .contains("The user’s daily AI budget is set.");

        browser.post("/admin/ai/users/" + IVAN + "/budget", Map.of("dailyTokens", "", "back", "https://evil.example"));
        api.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/auth/admin/users/" + IVAN + "/ai-budget"))
                .withRequestBody(equalToJson("{\"dailyTokens\": null}")));
    }

    @Test
    void showsABackwardsRangeRefusedBesideItsFieldAndABadBudgetAboveTheTable() {
        Browser browser = signedInAdmin().header("Accept-Language", "ru");
        api.server.stubFor(get(urlPathEqualTo("/api/v1/admin/ai/usage")).willReturn(FakeApi.problem(400,
                "validation", "from is after to.", "{\"field\": \"from\", \"message\": \"позже даты «по»\"}")));

        HttpResponse<String> page = browser.get("/admin/ai?from=2026-12-04&to=2026-11-05");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<p class=\"field-error\" id=\"f-from-error\">позже даты «по»</p>")
                .contains("value=\"2026-12-04\"").doesNotContain("<table");

        api.server.stubFor(get(urlPathEqualTo("/api/v1/admin/ai/usage")).willReturn(okJson(usage())));
        browser.get("/admin/ai");
        browser.post("/admin/ai/users/" + IVAN + "/budget", Map.of("dailyTokens", "много", "back", "/admin/ai"));
        assertThat(browser.get("/admin/ai").body()).contains("Лимит — целое число токенов");
        api.server.verify(0, putRequestedFor(urlPathEqualTo("/api/v1/auth/admin/users/" + IVAN + "/ai-budget")));
    }

    @Test
    void isForbiddenToOthers() {
        api.veraSignsIn(900);
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));

        assertThat(browser.get("/admin/ai").statusCode()).isEqualTo(403);
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/admin/ai/usage")));
    }

    static String usage() {
        return """
                {"from": "2026-11-05", "to": "2026-12-04",
                 "totals": {"promptTokens": 19000, "completionTokens": 4500, "calls": 21},
                 "rows": [
                   {"userId": "%s", "email": "vera@example.org", "service": "resume", "feature": "tailor",
                    "promptTokens": 6000, "completionTokens": 1500, "calls": 6},
                   {"userId": "%s", "email": "ivan@example.org", "service": "letter", "feature": "draft",
                    "promptTokens": 12000, "completionTokens": 2800, "calls": 12},
                   {"userId": "%s", "email": "vera@example.org", "service": "analysis", "feature": "tone",
                    "promptTokens": 1000, "completionTokens": 200, "calls": 3}]}""".formatted(VERA, IVAN, VERA);
    }

}
