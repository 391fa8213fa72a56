package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Path out = Paths.get(System.getProperty("qh.web.screenshots", "target/screenshots"));
        List<String> consoleErrors = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium")))
                    .setHeadless(true));
            for (ScreensTest.Size size : List.of(ScreensTest.SIZES.get(2), ScreensTest.SIZES.get(0))) {
                String lang = size == ScreensTest.SIZES.get(0) ? "ru" : "en";
                stubBoard();
                BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                        .setViewportSize(size.width(), size.height()).setLocale(lang)
                        .setColorScheme(lang.equals("ru") ? ColorScheme.DARK : ColorScheme.LIGHT));
                Page page = context.newPage();
                page.onConsoleMessage(message -> {
                    if ("error".equals(message.type())) {
                        consoleErrors.add(page.url() + ": " + message.text());
                    }
                });
                page.navigate(base() + "/sign-in");
                page.fill("#f-email", "vera@example.org");
                page.fill("#f-password", "correct horse");
                page.click("main button[type=submit]");
                page.waitForURL("**/vacancies");
                page.navigate(base() + "/vacancies/board");
                String prefix = size.name() + "-" + lang + "-";
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(prefix + "60-board.png")).setFullPage(true));
                violations.addAll(Axe.seriousViolations(page, "board " + prefix));

                // Drag: the saved card's head onto the Applied column.
                String card = "li[data-id='" + BoardTest.SAVED + "'] .board-card-head .board-grip";
                page.locator("ol[data-status=APPLIED]").scrollIntoViewIfNeeded();
                page.locator(card).scrollIntoViewIfNeeded();
                var from = page.locator(card).boundingBox();
                var to = page.locator("ol[data-status=APPLIED]").boundingBox();
                page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
                page.mouse().down();
                page.mouse().move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 5,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
                page.mouse().move(to.x + to.width / 2, to.y + to.height - 10,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
                page.mouse().up();
                page.waitForSelector("ol[data-status=APPLIED] li[data-id='" + BoardTest.SAVED + "'].just-moved");

                // Keyboard: the offer's form, focused and used without a pointer.
                page.focus("#move-" + BoardTest.APPLIED);
                page.locator("#move-" + BoardTest.APPLIED).selectOption("INTERVIEW");
                page.focus("li[data-id='" + BoardTest.APPLIED + "'] button[type=submit]");
                page.keyboard().press("Enter");
                page.waitForSelector("ol[data-status=INTERVIEW] li[data-id='" + BoardTest.APPLIED + "'].just-moved");
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(prefix + "61-board-moved.png")).setFullPage(true));
                violations.addAll(Axe.seriousViolations(page, "board moved " + prefix));
                context.close();
                api.server.resetScenarios();
            }
            chromium.close();
        }
        assertThat(consoleErrors).isEmpty();
        assertThat(violations).isEmpty();
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

    private String base() {
        return "http://localhost:" + port;
    }
}
