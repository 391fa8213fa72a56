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

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
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
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
                for (String lang : List.of("en", "ru")) {
                    Page page = chromium.open(size, lang);
                    String prefix = size.name() + "-" + lang + "-";
                    chromium.signIn(page);

                    page.navigate(chromium.url("/insights"));
                    for (String chart : List.of("funnel", "scores", "gaps", "spread")) {
                        page.waitForSelector("#" + chart + "-chart[data-chart-ready] canvas");
                    }
                    // The tables fold away once their charts stand, and still open.
                    assertThat(page.locator("details.chart-data[open]").count()).isZero();
                    chromium.look(page, prefix + "60-insights");
                    page.click("#funnel-chart + details summary");
                    assertThat(page.isVisible("#funnel-chart + details table")).isTrue();

                    page.navigate(chromium.url("/resumes/" + ResumeFixtures.RESUME));
                    page.waitForSelector(".sections-list[data-sortable-ready]");
                    api.server.resetRequests();
                    // Skills dragged above Experience by its handle.
                    Chromium.drag(page, page.locator(".section-row:has(#shown-SKILLS) > .drag-handle"),
                            page.locator(".section-row:has(#shown-EXPERIENCE)"),
                            ".sections-list > .section-row:has(#shown-SKILLS) + .section-row:has(#shown-EXPERIENCE)");
                    assertThat(order(page, "input[name=order]")).startsWith("SKILLS", "EXPERIENCE");
                    page.waitForCondition(() -> !api.server.findAll(postRequestedFor(
                            urlEqualTo("/api/v1/resumes/preview?format=png"))).isEmpty());
                    // The first drag's preview answered before the second drag: hx-sync replaces a preview still
                    // in flight, and htmx logs the aborted one as a console error (a race on a loaded machine).
                    awaitNoRequestInFlight(page);
                    assertThat(page.textContent("#dnd-status")).contains("1");
                    assertThat(page.getAttribute("#move-SKILLS-up", "aria-disabled")).isEqualTo("true");
                    // Ozon dragged above Yandex inside Experience.
                    page.click(".section-row:has(#shown-EXPERIENCE) details.entries > summary");
                    Chromium.drag(page, page.locator(".entry-row:has(#entry-shown-" + ResumeArrangementTest.OZON
                            + ") > .drag-handle"), page.locator(".entry-row:has(#entry-shown-"
                            + ResumeArrangementTest.YANDEX + ")"), ".entries-list > .entry-row:has(#entry-shown-"
                            + ResumeArrangementTest.OZON + ") + .entry-row:has(#entry-shown-"
                            + ResumeArrangementTest.YANDEX + ")");
                    assertThat(order(page, "input[name=entry-order-EXPERIENCE]")).containsExactly(
                            ResumeArrangementTest.OZON, ResumeArrangementTest.YANDEX, ResumeArrangementTest.SBER);
                    page.waitForSelector("#preview img[src^='data:image/png']");
                    awaitNoRequestInFlight(page); // leaving the page would abort it
                    chromium.look(page, prefix + "61-builder-dragged");

                    // A finished review: the import's dry run swapped in, and mail for results switched off.
                    page.navigate(chromium.url("/analysis/jobs/" + ReviewImportTest.JOB));
                    page.click("#import button[type=submit]");
                    page.waitForSelector(".import-diff");
                    page.click("label[for=f-mail-results]");
                    page.waitForCondition(() -> !api.server.findAll(putRequestedFor(
                            urlEqualTo("/api/v1/notifications/preferences"))).isEmpty());
                    page.waitForSelector("#f-mail-results:not(:checked)");
                    chromium.look(page, prefix + "62-review-import");
                    api.server.resetRequests();
                    page.context().close();
                }
            }
        }
    }

    /** Waits until htmx has no request in flight: it marks the element that sent one with {@code htmx-request}. */
    private static void awaitNoRequestInFlight(Page page) {
        page.waitForFunction("() => !document.querySelector('.htmx-request')");
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
}
