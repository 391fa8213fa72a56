package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vacancy's tracker with the resume and letter sent for the application, against the vacancy and document APIs. */
class TrackerDocumentsTest extends WebAppTestBase {

    static final String VACANCY = PagesTest.VACANCY_ID;
    static final String TAILORED = "1a2b3c4d-0000-4000-8000-0000000000a1";
    static final String UPLOADED = DocumentFixtures.DOC;
    static final String LETTER = "1a2b3c4d-0000-4000-8000-0000000000c1";
    static final String DIPLOMA = "1a2b3c4d-0000-4000-8000-0000000000d1";
    static final String PHOTO = "1a2b3c4d-0000-4000-8000-0000000000e1";
    static final String DELETED = "1a2b3c4d-0000-4000-8000-0000000000f1";

    @Test
    void showsTheResumeAndLetterSentAsLinksAndOffersTheGeneratedOnesFirst() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson(appliedWithDocuments())));
        api.server.stubFor(get("/api/v1/documents").willReturn(okJson(documents())));

        String html = browser.get("/vacancies/" + VACANCY).body();

        String sent = between(html, "class=\"facts sent-documents\"", "</dl>");
        assertThat(sent).contains("<a href=\"/documents/" + TAILORED + "\">Вера — Java, Яндекс</a>")
                .contains("<a href=\"/documents/" + LETTER + "\">Письмо в Яндекс</a>");
        // Each step of the history names what was sent then; a document deleted since still has its link.
        String history = between(html, "class=\"history\"", "</ol>");
        assertThat(history).contains("href=\"/documents/" + TAILORED + "\">Resume sent: Вера — Java, Яндекс")
                .contains("href=\"/documents/" + DELETED + "\">Resume sent: a resume (no longer in your documents)");
        // The pickers: generated resumes first, then uploaded ones, then the rest; no photos.
        String resumes = between(html, "id=\"f-resumeDocumentId\"", "</select>");
        assertThat(resumes.indexOf("Resumes made by QH")).isLessThan(resumes.indexOf("Uploaded resumes"));
        assertThat(resumes.indexOf("Uploaded resumes")).isLessThan(resumes.indexOf("Other documents"));
        assertThat(resumes).contains("<option value=\"" + TAILORED + "\">Вера — Java, Яндекс</option>")
                .contains("<option value=\"" + UPLOADED + "\">Резюме Веры Соколовой</option>")
                .contains("Диплом").doesNotContain(PHOTO);
        String letters = between(html, "id=\"f-letterDocumentId\"", "</select>");
        assertThat(letters.indexOf("Letters made by QH")).isLessThan(letters.indexOf("Other documents"));
        assertThat(letters).contains("Письмо в Яндекс");
        assertThat(html).contains("<label for=\"f-letterDocumentId\">Cover letter sent with it</label>");
    }

    @Test
    void recordsTheDocumentsSentWithATrackerStepAndAnswersHtmxWithTheTracker() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson(PagesTest.vacancy("SAVED"))));
        api.server.stubFor(get("/api/v1/documents").willReturn(okJson(documents())));
        api.server.stubFor(post("/api/v1/vacancies/" + VACANCY + "/tracker").willReturn(okJson(appliedWithDocuments())));
        browser.get("/vacancies/" + VACANCY);
        browser.header("HX-Request", "true");

        HttpResponse<String> moved = browser.post("/vacancies/" + VACANCY + "/tracker", Map.of("status", "APPLIED",
                "note", "", "resumeDocumentId", TAILORED, "letterDocumentId", LETTER));

        assertThat(moved.statusCode()).isEqualTo(200);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/vacancies/" + VACANCY + "/tracker"))
                .withRequestBody(equalToJson("{\"status\": \"APPLIED\", \"resumeDocumentId\": \"" + TAILORED
                        + "\", \"letterDocumentId\": \"" + LETTER + "\"}")));
        assertThat(moved.body()).startsWith("<section class=\"card tracker\" id=\"tracker\"")
                .contains("<a href=\"/documents/" + TAILORED + "\">Вера — Java, Яндекс</a>");
    }

    @Test
    void showsTheApisRefusalOfADocumentBesideItsPicker() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson(PagesTest.vacancy("SAVED"))));
        api.server.stubFor(get("/api/v1/documents").willReturn(okJson(documents())));
        api.server.stubFor(post("/api/v1/vacancies/" + VACANCY + "/tracker").willReturn(FakeApi.problem(400,
                "validation", "Field 'resumeDocumentId' is invalid.",
                "{\"field\": \"resumeDocumentId\", \"message\": \"не ваш документ\"}")));
        browser.get("/vacancies/" + VACANCY);

        HttpResponse<String> refused = browser.post("/vacancies/" + VACANCY + "/tracker",
                Map.of("resumeDocumentId", DIPLOMA));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"field-error\" id=\"f-resumeDocumentId-error\">не ваш документ</p>")
                .contains("aria-describedby=\"f-resumeDocumentId-error\"");
    }

    @Test
    void movesTheApplicationWithoutPickersWhenTheDocumentServiceIsDown() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson(appliedWithDocuments())));
        api.server.stubFor(get("/api/v1/documents").willReturn(serverError()));

        HttpResponse<String> page = browser.get("/vacancies/" + VACANCY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"status\"").doesNotContain("id=\"f-resumeDocumentId\"")
                .contains("<a href=\"/documents/" + TAILORED + "\">a resume (no longer in your documents)</a>");
    }

    /** Applied with a tailored resume and a letter; an earlier step sent a resume deleted since. */
    static String appliedWithDocuments() {
        return """
                {"id": "%s", "source": "HH", "sourceUrl": "https://hh.ru/vacancy/123", "title": "Java developer",
                 "company": "Yandex", "location": {"city": "Moscow"}, "description": {"text": "We build search."},
                 "requirements": {"skills": [{"name": "Java", "importance": "MUST"}]},
                 "status": "APPLIED", "statusChangedAt": "2026-12-01T10:00:00Z",
                 "sent": {"resumeDocumentId": "%s", "letterDocumentId": "%s"},
                 "tracker": [{"status": "SAVED", "date": "2026-11-28", "resumeDocumentId": "%s",
                              "letterDocumentId": null},
                             {"status": "APPLIED", "note": "Through the site", "date": "2026-12-01",
                              "resumeDocumentId": "%s", "letterDocumentId": "%s"}]}"""
                .formatted(VACANCY, TAILORED, LETTER, DELETED, TAILORED, LETTER);
    }

    static String documents() {
        return """
                [{"id": "%s", "kind": "GENERATED_LETTER", "title": "Письмо в Яндекс", "currentVersion": 1,
                  "fileName": "letter.pdf", "mediaType": "application/pdf", "size": 20000},
                 {"id": "%s", "kind": "RESUME_UPLOAD", "title": "Резюме Веры Соколовой", "currentVersion": 3,
                  "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320},
                 {"id": "%s", "kind": "GENERATED_RESUME", "title": "Вера — Java, Яндекс", "currentVersion": 2,
                  "fileName": "vera-java.pdf", "mediaType": "application/pdf", "size": 90000},
                 {"id": "%s", "kind": "PHOTO", "title": null, "currentVersion": 1, "fileName": "photo.jpg",
                  "mediaType": "image/jpeg", "size": 2411724},
                 {"id": "%s", "kind": "OTHER", "title": null, "currentVersion": 1, "fileName": "Диплом.pdf",
                  "mediaType": "application/pdf", "size": 300000}]"""
                .formatted(LETTER, UPLOADED, TAILORED, PHOTO, DIPLOMA);
    }


    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        int end = html.indexOf(to, start + from.length());
        return end < 0 ? html.substring(start) : html.substring(start, end);
    }
}
