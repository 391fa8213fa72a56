package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The live screens in Chromium (Playwright, Debian's {@code /usr/bin/chromium}) at 390×844 and 1366×768: a message
 * arriving in the open inbox and the bell's count changing without a reload, a resume dropped on the upload page
 * and its review's bar moved by live job events until the report opens, and the push panel. The gateway's socket is
 * a real WebSocket server ({@link GatewaySocket}); its frames are what the notification service sends.
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class LiveScreensTest extends LiveTestBase {

    record Size(String name, int width, int height) {
    }

    static final List<Size> SIZES = List.of(new Size("phone", 390, 844), new Size("desktop", 1366, 768));
    static final String NEW_MESSAGE = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String DOC = DocumentFixtures.DOC;
    static final String JOB = AnalysisFixtures.REVIEW_JOB;

    @Test
    void showsLiveMessagesAndAReviewMovingAtPhoneAndDesktopSizes() {
        Path out = Paths.get(System.getProperty("qh.web.screenshots", "target/screenshots"));
        List<String> consoleErrors = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium")))
                    .setHeadless(true));
            for (Size size : SIZES) {
                for (String lang : List.of("en", "ru")) {
                    fixtures();
                    BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                            .setViewportSize(size.width(), size.height()).setLocale(lang)
                            .setColorScheme(lang.equals("ru") ? ColorScheme.DARK : ColorScheme.LIGHT));
                    Page page = context.newPage();
                    page.onConsoleMessage(message -> {
                        if ("error".equals(message.type())) {
                            consoleErrors.add(page.url() + ": " + message.text());
                        }
                    });
                    String prefix = size.name() + "-" + lang + "-live-";
                    signIn(page);

                    liveInbox(page, out, prefix);
                    upload(page, out, prefix);
                    push(page, out, prefix);
                    context.close();
                }
            }
        }
        assertThat(consoleErrors).filteredOn(error -> !error.contains("Failed to load resource")).isEmpty();
    }

    private void liveInbox(Page page, Path out, String prefix) {
        page.navigate(base() + "/notifications");
        live(page);
        page.waitForSelector("a.bell .bell-count:has-text('1')");
        shoot(page, out, prefix + "01-inbox");

        api.server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).atPriority(1).willReturn(okJson(
                inboxWithNewMessage())));
        api.server.stubFor(get("/api/v1/notifications/unread-count").atPriority(1)
                .willReturn(okJson("{\"unread\": 2}")));
        socket.push("""
                {"type": "notification", "notification": {"id": "%s", "title": "Your resume was reviewed",
                 "body": "ATS score 78.", "link": "/analysis/jobs/%s", "createdAt": "2026-12-04T10:00:00Z",
                 "readAt": null}}""".formatted(NEW_MESSAGE, JOB));

        page.waitForSelector("#inbox .message-title:has-text('Your resume was reviewed')");
        page.waitForSelector("a.bell .bell-count:has-text('2')");
        shoot(page, out, prefix + "02-inbox-new-message");
    }

    private void upload(Page page, Path out, String prefix) {
        page.navigate(base() + "/upload");
        live(page);
        shoot(page, out, prefix + "03-upload");

        // A file dragged onto the zone: the drop puts it into the file input and sends the form.
        page.evaluate("""
                () => {
                  const file = new File(['%PDF-1.7 Vera Sokolova, backend developer'], 'vera-cv.pdf', { type: 'application/pdf' });
                  const data = new DataTransfer();
                  data.items.add(file);
                  const form = document.querySelector('form[data-drop]');
                  form.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
                }""");
        assertThat(page.getAttribute("form[data-drop]", "class")).contains("dragging");
        shoot(page, out, prefix + "04-upload-dragging");
        page.evaluate("""
                () => {
                  const file = new File(['%PDF-1.7 Vera Sokolova, backend developer'], 'vera-cv.pdf', { type: 'application/pdf' });
                  const data = new DataTransfer();
                  data.items.add(file);
                  const form = document.querySelector('form[data-drop]');
                  form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
                }""");
        // The API takes its time, so the upload's bar can be seen full while the answer is awaited.
        page.waitForSelector(".upload-status:not([hidden])");
        shoot(page, out, prefix + "05-uploading");

        page.waitForURL("**/upload/" + DOC);
        page.waitForSelector("#review-progress[data-job]");
        live(page);
        shoot(page, out, prefix + "06-review-queued");
        socket.push(progress("RUNNING", 40, "ats"));
        page.waitForSelector("#review-progress progress[value='40']");
        assertThat(page.getAttribute("[data-step=ats]", "class")).isEqualTo("current");
        assertThat(page.getAttribute("[data-step=parse]", "class")).isEqualTo("done");
        assertThat(page.textContent("#review-percent")).isEqualTo("40%");
        shoot(page, out, prefix + "07-review-running");

        socket.push(progress("DONE", 100, "salary"));
        page.waitForURL("**/analysis/jobs/" + JOB);
        page.waitForSelector("h1");
        shoot(page, out, prefix + "08-review-report");
    }

    private void push(Page page, Path out, String prefix) {
        page.navigate(base() + "/notifications/preferences");
        page.waitForSelector("#push-on", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.textContent("#push-state")).isNotBlank();
        page.locator("#push").scrollIntoViewIfNeeded();
        shoot(page, out, prefix + "09-push");
    }

    /** Waits until the tab's live channel is open. */
    private static void live(Page page) {
        page.waitForSelector("html[data-live=on]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED));
    }

    private void signIn(Page page) {
        page.navigate(base() + "/sign-in");
        page.fill("#f-email", "vera@example.org");
        page.fill("#f-password", "correct horse");
        page.click("button[type=submit]");
        page.waitForURL("**/vacancies**");
    }

    private static void shoot(Page page, Path out, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")).setFullPage(true));
        Object problems = page.evaluate("""
                () => {
                  const found = [];
                  if (!document.documentElement.lang) found.push('no lang');
                  if (document.querySelectorAll('h1').length !== 1) found.push('h1 count');
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

    private void fixtures() {
        api.reset();
        socket.reset();
        api.veraSignsIn(900);
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson(PagesTest.inbox())));
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 1}")));
        api.server.stubFor(post("/api/v1/documents").willReturn(aResponse().withStatus(201).withFixedDelay(1500)
                .withHeader("Content-Type", "application/json").withBody(DocumentFixtures.one())));
        api.server.stubFor(get("/api/v1/documents/" + DOC).willReturn(okJson(DocumentFixtures.one())));
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=20").willReturn(okJson("""
                [{"id": "%s", "type": "RESUME_REVIEW", "status": "QUEUED", "progress": 0,
                  "documentId": "%s", "attempts": 0, "createdAt": "2026-12-04T14:05:00Z"}]""".formatted(JOB, DOC))));
        api.server.stubFor(get("/api/v1/analysis/jobs/" + JOB).willReturn(okJson(AnalysisFixtures.doneReview())));
        api.server.stubFor(get("/api/v1/notifications/preferences")
                .willReturn(okJson(NotificationSettingsTest.settings())));
        api.server.stubFor(get("/api/v1/notifications/push/subscriptions").willReturn(okJson("""
                [{"id": "2f6a0b1c-3d4e-4f5a-8b6c-7d8e9f0a1b2c", "pushService": "fcm.googleapis.com",
                  "createdAt": "2026-12-01T10:00:00Z"}]""")));
    }

    private static String progress(String status, int progress, String step) {
        return """
                {"type": "analysis.progress", "jobId": "%s", "jobType": "RESUME_REVIEW", "status": "%s",
                 "progress": %d, "step": "%s"}""".formatted(JOB, status, progress, step);
    }

    private static String inboxWithNewMessage() {
        String older = PagesTest.inbox().strip().substring(1);
        return """
                [{"id": "%s", "eventType": "analysis.completed.v1", "title": "Your resume was reviewed",
                  "body": "ATS score 78. Open the report to see what to fix first.", "link": "/analysis/jobs/%s",
                  "createdAt": "2026-12-04T10:00:00Z", "readAt": null},""".formatted(NEW_MESSAGE, JOB) + older;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
