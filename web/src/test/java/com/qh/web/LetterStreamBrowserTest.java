package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The new-letter form in a real browser with {@code js/letter-stream.js}, on a desktop in English and a phone in
 * Russian (dark): the letter API's events come in pieces over 2.5 seconds (WireMock's chunked dribble), the draft
 * grows on the page as they come, and the editor opens with its notice when the draft is done. Run it with {@code ./mvnw -pl web verify -Dqh.web.browser=true -Dtest=LetterStreamBrowserTest
 * -Dqh.web.screenshots=/tmp/qh/web-shots}.
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class LetterStreamBrowserTest extends WebAppTestBase {

    @Test
    void theDraftGrowsOnThePageThenTheEditorOpens() {
        api.veraSignsIn(900);
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 0}")));
        api.server.stubFor(get(urlPathMatching("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        LetterPagesTest.stubLetters(api);
        StringBuilder events = new StringBuilder();
        for (String piece : List.of("Dear Yandex team,", "\\n\\nI built the search backend ", "at Yandex, where ",
                "I moved ranking to a streaming pipeline.", "\\n\\nKind regards,\\nVera")) {
            events.append("event:text\ndata:{\"text\":\"").append(piece).append("\"}\n\n");
        }
        events.append("event:done\ndata:{\"origin\":\"MODEL\",\"letter\":{\"id\":\"").append(LetterFixtures.LETTER)
                .append("\",\"version\":1,\"factCheck\":{\"checked\":true,\"warnings\":[]}},\"etag\":\"\\\"v1\\\"\"}\n\n");
        // The answer goes on for about a second after its done event (a comment, as a server's keep-alive): the
        // editor must open only when the answer has ended, once the web app has kept its notice in the session.
        // Opened at the done event, it missed the notice whenever its request overtook the end of this one.
        events.append(":").append("-".repeat(200)).append("\n\n");
        api.server.stubFor(post("/api/v1/letters/drafts/stream").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events.toString())
                .withChunkedDribbleDelay(16, 3200)));
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                String lang = size == Chromium.PHONE ? "ru" : "en";
                Page page = chromium.open(size, lang);
                chromium.signIn(page);
                page.navigate(chromium.url("/letters/new?vacancyId=" + PagesTest.VACANCY_ID));

                page.click("form[data-stream] button[type=submit]");
                // Part of the draft is on the page while the rest is still being written.
                page.waitForFunction("() => document.querySelector('[data-stream-text]').textContent"
                        + ".includes('search backend')");
                String partly = page.textContent("[data-stream-text]");
                boolean buttonDisabled = page.isDisabled("form[data-stream] button[type=submit]");
                chromium.picture(page, size.name() + "-" + lang + "-46b-letter-streaming");
                page.waitForURL("**/letters/" + LetterFixtures.LETTER);

                assertThat(partly).startsWith("Dear Yandex team,\n\nI built the search backend")
                        .doesNotContain("Kind regards");
                assertThat(buttonDisabled).isTrue();
                assertThat(page.textContent("body")).contains(lang.equals("ru") ? "Черновик письма составлен"
                        : "The letter is drafted from your profile");
                page.context().close();
            }
        }
        api.server.verify(2, postRequestedFor(urlEqualTo("/api/v1/letters/drafts/stream")));
        api.server.verify(0, postRequestedFor(urlEqualTo("/api/v1/letters")));
    }
}
