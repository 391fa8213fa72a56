package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
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

    static final String NEW_MESSAGE = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String DOC = DocumentFixtures.DOC;
    static final String JOB = AnalysisFixtures.REVIEW_JOB;

    @Test
    void showsLiveMessagesAndAReviewMovingAtPhoneAndDesktopSizes() {
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
                for (String lang : List.of("en", "ru")) {
                    fixtures();
                    Page page = chromium.open(size, lang);
                    String prefix = size.name() + "-" + lang + "-live-";
                    chromium.signIn(page);

                    liveInbox(chromium, page, prefix);
                    upload(chromium, page, prefix);
                    push(chromium, page, prefix);
                    page.context().close();
                }
            }
        }
    }

    private void liveInbox(Chromium chromium, Page page, String prefix) {
        page.navigate(chromium.url("/notifications"));
        live(page);
        page.waitForSelector("a.bell .bell-count:has-text('1')");
        chromium.look(page, prefix + "01-inbox");

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
        chromium.look(page, prefix + "02-inbox-new-message");
    }

    private void upload(Chromium chromium, Page page, String prefix) {
        page.navigate(chromium.url("/upload"));
        live(page);
        chromium.look(page, prefix + "03-upload");

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
        chromium.look(page, prefix + "04-upload-dragging");
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
        chromium.look(page, prefix + "05-uploading");

        page.waitForURL("**/upload/" + DOC);
        page.waitForSelector("#review-progress[data-job]");
        live(page);
        chromium.look(page, prefix + "06-review-queued");
        socket.push(progress("RUNNING", 40, "ats"));
        page.waitForSelector("#review-progress progress[value='40']");
        assertThat(page.getAttribute("[data-step=ats]", "class")).isEqualTo("current");
        assertThat(page.getAttribute("[data-step=parse]", "class")).isEqualTo("done");
        assertThat(page.textContent("#review-percent")).isEqualTo("40%");
        chromium.look(page, prefix + "07-review-running");

        socket.push(progress("DONE", 100, "salary"));
        page.waitForURL("**/analysis/jobs/" + JOB);
        page.waitForSelector("h1");
        chromium.look(page, prefix + "08-review-report");
    }

    private void push(Chromium chromium, Page page, String prefix) {
        page.navigate(chromium.url("/notifications/preferences"));
        page.waitForSelector("#push-on", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.textContent("#push-state")).isNotBlank();
        page.locator("#push").scrollIntoViewIfNeeded();
        chromium.look(page, prefix + "09-push");
    }

    /** Waits until the tab's live channel is open. */
    private static void live(Page page) {
        page.waitForSelector("html[data-live=on]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED));
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
}
