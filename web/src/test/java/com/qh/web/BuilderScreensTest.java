package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The resume builder and the cover letter screens in a real browser, as {@link ScreensTest} does for the others: a
 * phone's 390×844 and a desktop's 1366×768, English light and Russian dark, the htmx paths driven (a preview after a
 * change, a part moved, an autosave) and the time from a change to the new preview measured in the page. Run it with
 * {@code ./mvnw -pl web verify -Dqh.web.browser=true -Dtest=BuilderScreensTest -Dqh.web.screenshots=/tmp/qh/web-shots}.
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class BuilderScreensTest extends WebAppTestBase {

    private final List<String> axeViolations = new ArrayList<>();

    @Test
    void photographsTheResumeAndLetterScreens() {
        fixtures();
        Path out = Paths.get(System.getProperty("qh.web.screenshots", "target/screenshots"));
        List<String> consoleErrors = new ArrayList<>();
        axeViolations.clear();
        List<Double> previewMillis = new ArrayList<>();
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
                    shoot(page, out, prefix + "40-resumes", "/resumes");
                    shoot(page, out, prefix + "41-resume-builder", "/resumes/" + ResumeFixtures.RESUME);
                    // Each change asks for a new preview; the time from the change to the new image is measured.
                    for (int i = 0; i < 10; i++) {
                        Object millis = page.evaluate("""
                                font => new Promise(resolve => {
                                  const frame = document.querySelector('#preview');
                                  const started = performance.now();
                                  new MutationObserver((changes, observer) => {
                                    observer.disconnect();
                                    resolve(performance.now() - started);
                                  }).observe(frame, {childList: true, subtree: true});
                                  const select = document.querySelector('#f-appearance-fontFamily');
                                  select.value = font;
                                  select.dispatchEvent(new Event('change', {bubbles: true}));
                                })""", i % 2 == 0 ? "Noto Sans" : "PT Serif");
                        previewMillis.add(((Number) millis).doubleValue());
                    }
                    assertThat(page.getAttribute("#preview img", "src")).startsWith("data:image/png;base64,");
                    // Moving a part goes through htmx and keeps the focus on the button pressed.
                    page.focus("#move-SKILLS-up");
                    page.keyboard().press("Enter");
                    page.waitForSelector(".sections-list + p[role=status]");
                    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("move-SKILLS-up");
                    look(page, out, prefix + "42-resume-moved");
                    shoot(page, out, prefix + "45-letters", "/letters");
                    shoot(page, out, prefix + "46-letter-new", "/letters/new?vacancyId=" + PagesTest.VACANCY_ID);
                    shoot(page, out, prefix + "47-letter", "/letters/" + LetterFixtures.LETTER);
                    page.fill("#f-text", "I built the search backend at Yandex.\n\nI would like to do the same for you.");
                    page.press("#f-text", "End");
                    page.waitForSelector("#save-status:has-text('3')");
                    assertThat(page.getAttribute("#letter-etag", "value")).isEqualTo("\"v3\"");
                    look(page, out, prefix + "48-letter-autosaved");
                    shoot(page, out, prefix + "49-letter-compare", "/letters/" + LetterFixtures.LETTER + "?from=1&to=2");
                    context.close();
                }
            }
            chromium.close();
        }
        previewMillis.sort(Double::compare);
        System.out.printf("Preview after a change (browser -> web app -> API stand-in -> swapped in): n=%d p50=%.0f ms "
                + "p95=%.0f ms max=%.0f ms%n", previewMillis.size(), previewMillis.get(previewMillis.size() / 2),
                previewMillis.get((int) Math.ceil(previewMillis.size() * 0.95) - 1), previewMillis.getLast());
        assertThat(consoleErrors).filteredOn(error -> !error.contains("Failed to load resource")).isEmpty();
        assertThat(axeViolations).as("axe-core's serious and critical violations").isEmpty();
    }

    private void shoot(Page page, Path out, String name, String path) {
        page.navigate(base() + path);
        look(page, out, name);
    }

    /** Writes the screen as it is now, checks the basics and gathers what axe-core finds serious or critical on it. */
    private void look(Page page, Path out, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")).setFullPage(true));
        assertAccessibleBasics(page, name);
        axeViolations.addAll(Axe.seriousViolations(page, name));
    }

    /** The checks of {@link ScreensTest}: a language, one h1, labelled controls, named links and buttons, unique ids. */
    private static void assertAccessibleBasics(Page page, String name) {
        Object problems = page.evaluate("""
                () => {
                  const found = [];
                  if (!document.documentElement.lang) found.push('no lang');
                  if (document.querySelectorAll('h1').length !== 1) found.push('h1 count ' + document.querySelectorAll('h1').length);
                  document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(c => {
                    if (!c.labels || c.labels.length === 0) found.push('unlabelled ' + (c.name || c.id));
                  });
                  document.querySelectorAll('a, button').forEach(c => {
                    if (!(c.getAttribute('aria-label') || c.textContent).trim()) found.push('nameless ' + c.outerHTML);
                  });
                  document.querySelectorAll('[id]').forEach(e => {
                    if (document.querySelectorAll('#' + CSS.escape(e.id)).length > 1) found.push('duplicate id ' + e.id);
                  });
                  return found;
                }""");
        assertThat((List<?>) problems).as(name).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void fixtures() {
        api.veraSignsIn(900);
        api.server.stubFor(get(urlPathMatching("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 0}")));
        ResumePagesTest.stubResume(api);
        LetterPagesTest.stubLetters(api);
        api.server.stubFor(get(urlPathMatching("/api/v1/resumes/templates/[a-z]+/thumbnail")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        api.server.stubFor(get(urlPathMatching("/api/v1/resumes/.*/preview")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        api.server.stubFor(put(LetterPagesTest.API).willReturn(okJson(LetterFixtures.yandexLetter(3))
                .withHeader("ETag", "\"v3\"")));
        api.server.stubFor(get(LetterPagesTest.API + "/diff?from=1&to=2").willReturn(okJson(LetterFixtures.diff())));
    }
}
