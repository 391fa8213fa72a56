package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tracker as a board: columns by status, a move by each card's form, htmx answered with the board alone. */
class BoardTest extends WebAppTestBase {

    static final String SAVED = "0b0a0d00-0000-4000-8000-000000000001";
    static final String APPLIED = "0b0a0d00-0000-4000-8000-000000000002";
    static final String OFFER = "0b0a0d00-0000-4000-8000-000000000003";

    static String board(String savedStatus) {
        return """
                {"items": [
                  {"id": "%s", "title": "Java developer", "company": "Яндекс", "city": "Москва", "status": "%s"},
                  {"id": "%s", "title": "Kotlin developer", "company": "Ozon", "status": "APPLIED"},
                  {"id": "%s", "title": "Team lead", "company": "Avito", "status": "OFFER"}
                ], "page": 0, "size": 100, "total": 3}
                """.formatted(SAVED, savedStatus, APPLIED, OFFER);
    }

    @Test
    void showsOneColumnPerStatusWithItsCardsAndTheMovesEachMayMake() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(board("SAVED"))));

        String html = browser.get("/vacancies/board").body();

        for (String status : new String[] {"SAVED", "APPLIED", "INTERVIEW", "OFFER", "REJECTED"}) {
            assertThat(html).contains("data-status=\"" + status + "\"");
        }
        String saved = between(html, "data-status=\"SAVED\"", "</ol>");
        assertThat(saved).contains("href=\"/vacancies/" + SAVED + "\">Java developer</a>").doesNotContain("Kotlin");
        String applied = between(html, "data-status=\"APPLIED\"", "</ol>");
        assertThat(applied).contains("Kotlin developer");
        // A saved application may go forward or to rejected, never to itself; an applied one also back one step.
        String savedMoves = between(saved, "<select", "</select>");
        assertThat(savedMoves).contains("value=\"APPLIED\"").contains("value=\"REJECTED\"").doesNotContain("value=\"SAVED\"");
        assertThat(between(applied, "<select", "</select>")).contains("value=\"SAVED\"")
                // the next step is chosen already: "Move" alone never sends a card back
                .contains("value=\"INTERVIEW\" selected").doesNotContain("value=\"SAVED\" selected");
        assertThat(savedMoves).contains("value=\"APPLIED\" selected");
        // An offer has no usual next step: the form asks for one rather than preselecting the step back.
        assertThat(between(between(html, "data-status=\"OFFER\"", "</ol>"), "<select", "</select>"))
                .contains("required").contains("<option value=\"\" disabled selected>Choose a step</option>")
                .doesNotContain("value=\"INTERVIEW\" selected");
        assertThat(html).contains("/webjars/sortablejs/1.15.6/Sortable.min.js").contains("/js/board.js")
                .contains("<label for=\"move-" + SAVED + "\" class=\"visually-hidden\">Next step for Java developer</label>");
        api.server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/api/v1/vacancies"))
                .withQueryParam("size", com.github.tomakehurst.wiremock.client.WireMock.equalTo("100")));
    }

    @Test
    void movesACardAndAnswersHtmxWithTheBoardAsTheServiceHoldsIt() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(board("APPLIED"))));
        api.server.stubFor(post("/api/v1/vacancies/" + SAVED + "/tracker").willReturn(okJson("{}")));
        browser.get("/vacancies/board");
        browser.header("HX-Request", "true");

        HttpResponse<String> moved = browser.post("/vacancies/board/" + SAVED, Map.of("status", "APPLIED"));

        assertThat(moved.statusCode()).isEqualTo(200);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/vacancies/" + SAVED + "/tracker"))
                .withRequestBody(equalToJson("{\"status\": \"APPLIED\"}")));
        assertThat(moved.body()).startsWith("<div id=\"board\"").doesNotContain("<html")
                .contains("The application is updated.");
        assertThat(between(moved.body(), "data-status=\"APPLIED\"", "</ol>")).contains("Java developer")
                .contains("just-moved");
    }

    @Test
    void aRefusedMoveLeavesTheCardWhereTheServiceKeepsItWithTheReason() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(board("SAVED"))));
        api.server.stubFor(post("/api/v1/vacancies/" + OFFER + "/tracker").willReturn(FakeApi.problem(409,
                "invalid-status-change", "OFFER cannot go back to SAVED.", "")));
        browser.get("/vacancies/board");
        browser.header("HX-Request", "true");

        HttpResponse<String> refused = browser.post("/vacancies/board/" + OFFER, Map.of("status", "SAVED"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"");
        assertThat(between(refused.body(), "data-status=\"OFFER\"", "</ol>")).contains("Team lead");
        assertThat(between(refused.body(), "data-status=\"SAVED\"", "</ol>")).doesNotContain("Team lead");
    }

    @Test
    void withoutScriptAMoveRedirectsToTheBoardAndARefusalKeepsItsStatus() {
        Browser browser = signedInVera();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(board("SAVED"))));
        api.server.stubFor(post("/api/v1/vacancies/" + SAVED + "/tracker").willReturn(okJson("{}")));
        api.server.stubFor(post("/api/v1/vacancies/" + OFFER + "/tracker").willReturn(FakeApi.problem(409,
                "invalid-status-change", "OFFER cannot go back to SAVED.", "")));
        browser.get("/vacancies/board");

        HttpResponse<String> moved = browser.post("/vacancies/board/" + SAVED, Map.of("status", "APPLIED"));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/vacancies/board");

        HttpResponse<String> refused = browser.post("/vacancies/board/" + OFFER, Map.of("status", "SAVED"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The application cannot move there from its current status.")
                .contains("<h1>Application board</h1>");
    }


    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' in the page", from).isGreaterThanOrEqualTo(0);
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
