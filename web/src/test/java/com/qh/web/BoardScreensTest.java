package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The tracker board in a real browser at a phone's 390×844 (Russian, dark) and a desktop's 1366×768 (English,
 * light): a card dragged to the next column with the mouse (SortableJS through {@code js/board.js}) and another
 * moved by keyboard alone with its own form; axe-core on the board. Run it with {@code ./mvnw -pl web verify
 * -Dqh.web.browser=true -Dtest=BoardScreensTest -Dqh.web.screenshots=/tmp/qh/web-shots}.
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class BoardScreensTest extends WebAppTestBase {

    @Test
    void movesACardByDragAndAnotherByKeyboard() {
        api.veraSignsIn(900);
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 0}")));
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                String lang = size == Chromium.PHONE ? "ru" : "en";
                stubBoard();
                Page page = chromium.open(size, lang);
                chromium.signIn(page);
                page.navigate(chromium.url("/vacancies/board"));
                String prefix = size.name() + "-" + lang + "-";
                chromium.look(page, prefix + "60-board");

                // Drag: the saved card by its head onto the Applied column.
                Chromium.drag(page, page.locator("li[data-id='" + BoardTest.SAVED + "'] .board-grip"),
                        page.locator("ol[data-status=APPLIED]"),
                        "ol[data-status=APPLIED] li[data-id='" + BoardTest.SAVED + "']");
                page.waitForSelector("ol[data-status=APPLIED] li[data-id='" + BoardTest.SAVED + "'].just-moved");

                // Keyboard: the offer's form, focused and used without a pointer.
                page.focus("#move-" + BoardTest.APPLIED);
                page.locator("#move-" + BoardTest.APPLIED).selectOption("INTERVIEW");
                page.focus("li[data-id='" + BoardTest.APPLIED + "'] button[type=submit]");
                page.keyboard().press("Enter");
                page.waitForSelector("ol[data-status=INTERVIEW] li[data-id='" + BoardTest.APPLIED + "'].just-moved");
                chromium.look(page, prefix + "61-board-moved");
                page.context().close();
                api.server.resetScenarios();
            }
        }
        api.server.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/vacancies/" + BoardTest.SAVED + "/tracker"))
                .withRequestBody(equalToJson("{\"status\": \"APPLIED\"}")));
        api.server.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/vacancies/" + BoardTest.APPLIED + "/tracker"))
                .withRequestBody(equalToJson("{\"status\": \"INTERVIEW\"}")));
    }

    /** The list as the service holds it: before the drag, after it, after the keyboard move. */
    private void stubBoard() {
        String afterDrag = BoardTest.board("APPLIED");
        String afterKey = afterDrag.replace("\"Kotlin developer\", \"company\": \"Ozon\", \"status\": \"APPLIED\"",
                "\"Kotlin developer\", \"company\": \"Ozon\", \"status\": \"INTERVIEW\"");
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).inScenario("board")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(BoardTest.board("SAVED"))));
        api.server.stubFor(post("/api/v1/vacancies/" + BoardTest.SAVED + "/tracker").inScenario("board")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{}")).willSetStateTo("dragged"));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).inScenario("board")
                .whenScenarioStateIs("dragged").willReturn(okJson(afterDrag)));
        api.server.stubFor(post("/api/v1/vacancies/" + BoardTest.APPLIED + "/tracker").inScenario("board")
                .whenScenarioStateIs("dragged").willReturn(okJson("{}")).willSetStateTo("keyed"));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).inScenario("board")
                .whenScenarioStateIs("keyed").willReturn(okJson(afterKey)));
    }
}
