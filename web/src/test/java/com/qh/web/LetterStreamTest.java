package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.qh.web.LetterFixtures.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The new-letter form streamed: the BFF calls the letter API's event stream (WireMock serving server-sent events as
 * the letter service writes them) with the person's token and relays it to the browser — the text as it comes, then
 * where the editor is — and a refusal before the stream is a status without events, for the script to post the form
 * as usual.
 */
class LetterStreamTest extends WebAppTestBase {

    static final String STREAM = "/api/v1/letters/drafts/stream";

    @Test
    void relaysTheDraftAsItIsWrittenThenTheEditorsAddress() {
        Browser browser = signedIn();
        api.server.stubFor(post(STREAM).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody("""
                        event:text
                        data:{"text":"Dear Yandex team,"}

                        event:text
                        data:{"text":"\\n\\nI built the search backend at Yandex."}

                        event:done
                        data:{"origin":"MODEL","fallback":"NONE","checked":true,"letter":{"id":"%s","version":1,\
                        "factCheck":{"checked":true,"warnings":[{"span":"for 12 years","removed":true}]}},\
                        "etag":"\\"v1\\"","location":"/api/v1/letters/%s"}

                        """.formatted(LETTER, LETTER))));

        String form = browser.get("/letters/new").body();
        HttpResponse<String> streamed = browser.post("/letters/stream", Map.of("vacancyId", PagesTest.VACANCY_ID,
                "language", "", "tone", "warm", "length", "short"));

        assertThat(form).contains("data-stream=\"draft-stream\" data-stream-action=\"/letters/stream\"")
                .contains("<script src=\"/js/letter-stream.js\" defer></script>")
                .contains("id=\"draft-stream\"");
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        assertThat(streamed.body()).isEqualTo("""
                event: text
                data: {"text":"Dear Yandex team,"}

                event: text
                data: {"text":"\\n\\nI built the search backend at Yandex."}

                event: done
                data: {"editor":"/letters/%s","origin":"MODEL","removed":1}

                """.formatted(LETTER));
        api.server.verify(postRequestedFor(urlEqualTo(STREAM))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withHeader("Accept", containing("text/event-stream"))
                .withRequestBody(equalToJson("{\"vacancyId\": \"" + PagesTest.VACANCY_ID
                        + "\", \"tone\": \"warm\", \"length\": \"short\"}")));
        // The editor it leads to says the letter was drafted, as after the form posted without script.
        assertThat(browser.get("/letters/" + LETTER).body()).contains("The letter is drafted from your profile");
    }

    @Test
    void aRefusalBeforeTheStreamIsItsStatusWithoutEvents() {
        Browser browser = signedIn();
        api.server.stubFor(post(STREAM).willReturn(FakeApi.problem(429, "ai-budget-spent",
                "Today's AI budget of 50000 tokens is spent.", "")));
        browser.get("/letters/new");

        HttpResponse<String> refused = browser.post("/letters/stream", Map.of("vacancyId", PagesTest.VACANCY_ID));
        HttpResponse<String> noVacancy = browser.post("/letters/stream", Map.of("vacancyId", ""));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).doesNotContain("event:");
        assertThat(noVacancy.statusCode()).isEqualTo(400);
    }

    @Test
    void anErrorAfterTheStreamStartedIsSaidInThePagesLanguage() {
        Browser browser = signedIn();
        api.server.stubFor(post(STREAM).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody("""
                        event:text
                        data:{"text":"Здравствуйте!"}

                        event:error
                        data:{"type":"https://qh.dev/problems/internal","detail":"The draft could not be finished."}

                        """)));
        browser.header("Accept-Language", "ru");
        browser.get("/letters/new");

        HttpResponse<String> streamed = browser.post("/letters/stream", Map.of("vacancyId", PagesTest.VACANCY_ID));

        assertThat(streamed.body()).contains("event: text\ndata: {\"text\":\"Здравствуйте!\"}")
                .contains("event: error\ndata: {\"message\":\"Черновик оборвался, не дописавшись.");
    }

    private Browser signedIn() {
        api.veraSignsIn(900);
        LetterPagesTest.stubLetters(api);
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return browser;
    }
}
