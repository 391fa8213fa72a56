package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The insights dashboard and the builder's drag and drop in a real browser, at a phone's 390×844 and a desktop's
 * 1366×768: the charts drawn by uPlot with no policy violation and their tables folded away, a section and an
 * entry dragged by their handles with the new order posted for a preview. Run it with
 * {@code ./mvnw -pl web verify -Dqh.web.browser=true -Dtest=InsightsScreensTest -Dqh.web.screenshots=/tmp/qh/web-shots}.
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class InsightsScreensTest extends WebAppTestBase {

    @Test
    void drawsTheDashboardAndDragsASectionAndAnEntry() {
        fixtures();
        Path out = Paths.get(System.getProperty("qh.web.screenshots", "target/screenshots"));
        List<String> consoleErrors = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium")))
                    .setHeadless(true));
            for (ScreensTest.Size size : List.of(ScreensTest.SIZES.get(0), ScreensTest.SIZES.get(2))) {
                for (String lang : List.of("en", "ru")) {
                    BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                            .setViewportSize(size.width(), size.height()).setLocale(lang)
                            .setColorScheme(lang.equals("ru") ? ColorScheme.DARK : ColorScheme.LIGHT));
                    Page page = context.newPage();
                    page.onConsoleMessage(message -> {
                        if ("error".equals(message.type())) {
                            consoleErrors.add(page.url() + ": " + message.text());
                        }
                    });
                    String prefix = size.name() + "-" + lang + "-";
                    page.navigate(base() + "/sign-in");
                    page.fill("#f-email", "vera@example.org");
                    page.fill("#f-password", "correct horse");
                    page.click("main button[type=submit]");
                    page.waitForURL("**/vacancies");

                    page.navigate(base() + "/insights");
                    for (String chart : List.of("funnel", "scores", "gaps", "spread")) {
                        page.waitForSelector("#" + chart + "-chart[data-chart-ready] canvas");
                    }
                    // The tables fold away once their charts stand, and still open.
                    assertThat(page.locator("details.chart-data[open]").count()).isZero();
                    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(prefix + "60-insights.png"))
                            .setFullPage(true));
                    page.click("#funnel-chart + details summary");
                    assertThat(page.isVisible("#funnel-chart + details table")).isTrue();
                    assertAccessibleBasics(page, prefix + "60-insights");

                    page.navigate(base() + "/resumes/" + ResumeFixtures.RESUME);
                    page.waitForSelector(".sections-list[data-sortable-ready]");
                    api.server.resetRequests();
                    // Skills dragged above Experience by its handle.
                    drag(page, page.locator(".section-row:has(#shown-SKILLS) > .drag-handle"),
                            page.locator(".section-row:has(#shown-EXPERIENCE)"));
                    assertThat(order(page, "input[name=order]")).startsWith("SKILLS", "EXPERIENCE");
                    page.waitForCondition(() -> !api.server.findAll(postRequestedFor(
                            urlEqualTo("/api/v1/resumes/preview?format=png"))).isEmpty());
                    assertThat(page.textContent("#dnd-status")).contains("1");
                    assertThat(page.getAttribute("#move-SKILLS-up", "aria-disabled")).isEqualTo("true");
                    // Ozon dragged above Yandex inside Experience.
                    page.click(".section-row:has(#shown-EXPERIENCE) details.entries > summary");
                    drag(page, page.locator(".entry-row:has(#entry-shown-" + ResumeArrangementTest.OZON
                            + ") > .drag-handle"), page.locator(".entry-row:has(#entry-shown-"
                            + ResumeArrangementTest.YANDEX + ")"));
                    assertThat(order(page, "input[name=entry-order-EXPERIENCE]")).containsExactly(
                            ResumeArrangementTest.OZON, ResumeArrangementTest.YANDEX, ResumeArrangementTest.SBER);
                    page.waitForSelector("#preview img[src^='data:image/png']");
                    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(prefix + "61-builder-dragged.png"))
                            .setFullPage(true));
                    assertAccessibleBasics(page, prefix + "61-builder-dragged");

                    // A finished review: the import's dry run swapped in, and mail for results switched off.
                    page.navigate(base() + "/analysis/jobs/" + ReviewImportTest.JOB);
                    page.click("#import button[type=submit]");
                    page.waitForSelector(".import-diff");
                    page.click("label[for=f-mail-results]");
                    page.waitForCondition(() -> !api.server.findAll(putRequestedFor(
                            urlEqualTo("/api/v1/notifications/preferences"))).isEmpty());
                    page.waitForSelector("#f-mail-results:not(:checked)");
                    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(prefix + "62-review-import.png"))
                            .setFullPage(true));
                    assertAccessibleBasics(page, prefix + "62-review-import");
                    api.server.resetRequests();
                    context.close();
                }
            }
            chromium.close();
        }
        assertThat(consoleErrors).filteredOn(error -> !error.contains("Failed to load resource")).isEmpty();
    }

    /** The checks of {@link ScreensTest}: a language, one h1, labelled controls, named links and buttons, unique ids. */
    private static void assertAccessibleBasics(Page page, String name) {
        Object problems = page.evaluate("""
                () => {
                  const found = [];
                  if (!document.documentElement.lang) found.push('no lang');
                  if (document.querySelectorAll('h1').length !== 1) found.push('h1 count');
                  document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(c => {
                    if (!c.labels || c.labels.length === 0) found.push('unlabelled ' + (c.name || c.id));
                  });
                  document.querySelectorAll('a, button, summary').forEach(c => {
                    if (!(c.getAttribute('aria-label') || c.textContent).trim()) found.push('nameless ' + c.outerHTML);
                  });
                  document.querySelectorAll('[id]').forEach(e => {
                    if (document.querySelectorAll('#' + CSS.escape(e.id)).length > 1) found.push('duplicate id ' + e.id);
                  });
                  return found;
                }""");
        assertThat((List<?>) problems).as(name).isEmpty();
    }

    /** Presses on {@code handle}, moves in steps to the top of {@code target}, and lets go. */
    private static void drag(Page page, Locator handle, Locator target) {
        handle.scrollIntoViewIfNeeded();
        BoundingBox from = handle.boundingBox();
        BoundingBox to = target.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2 - 4, new com.microsoft.playwright.Mouse
                .MoveOptions().setSteps(3));
        page.mouse().move(to.x + 20, to.y + 6, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().move(to.x + 20, to.y + 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(2));
        page.mouse().up();
    }

    @SuppressWarnings("unchecked")
    private static List<String> order(Page page, String selector) {
        return (List<String>) page.evaluate("s => Array.from(document.querySelectorAll(s)).map(i => i.value)",
                selector);
    }

    private void fixtures() {
        api.veraSignsIn(900);
        api.server.stubFor(get(urlPathMatching("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 0}")));
        InsightsFixtures.stub(api, LocalDate.now());
        ResumePagesTest.stubResume(api);
        ResumeArrangementTest.stubProfile(api);
        api.server.stubFor(get(urlPathMatching("/api/v1/resumes/templates/[a-z]+/thumbnail")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        api.server.stubFor(get(urlPathMatching("/api/v1/resumes/.*/preview")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        ReviewImportTest.stubReview(api);
        api.server.stubFor(put("/api/v1/notifications/preferences").willReturn(okJson(
                NotificationSettingsTest.settings())));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
