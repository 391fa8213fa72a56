package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void photographsTheResumeAndLetterScreens() {
        fixtures();
        List<Double> previewMillis = new ArrayList<>();
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
                for (String lang : List.of("en", "ru")) {
                    Page page = chromium.open(size, lang);
                    String prefix = size.name() + "-" + lang + "-";
                    chromium.signIn(page);
                    chromium.shoot(page, prefix + "40-resumes", "/resumes");
                    chromium.shoot(page, prefix + "41-resume-builder", "/resumes/" + ResumeFixtures.RESUME);
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
                    chromium.look(page, prefix + "42-resume-moved");
                    chromium.shoot(page, prefix + "45-letters", "/letters");
                    chromium.shoot(page, prefix + "46-letter-new", "/letters/new?vacancyId=" + PagesTest.VACANCY_ID);
                    chromium.shoot(page, prefix + "47-letter", "/letters/" + LetterFixtures.LETTER);
                    page.fill("#f-text", "I built the search backend at Yandex.\n\nI would like to do the same for you.");
                    page.press("#f-text", "End");
                    page.waitForSelector("#save-status:has-text('3')");
                    assertThat(page.getAttribute("#letter-etag", "value")).isEqualTo("\"v3\"");
                    chromium.look(page, prefix + "48-letter-autosaved");
                    chromium.shoot(page, prefix + "49-letter-compare", "/letters/" + LetterFixtures.LETTER + "?from=1&to=2");
                    page.context().close();
                }
            }
        }
        previewMillis.sort(Double::compare);
        System.out.printf("Preview after a change (browser -> web app -> API stand-in -> swapped in): n=%d p50=%.0f ms "
                + "p95=%.0f ms max=%.0f ms%n", previewMillis.size(), previewMillis.get(previewMillis.size() / 2),
                previewMillis.get((int) Math.ceil(previewMillis.size() * 0.95) - 1), previewMillis.getLast());
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
