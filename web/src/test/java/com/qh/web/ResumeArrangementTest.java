package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.qh.web.ResumeFixtures.RESUME;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The builder's entries: each part lists the profile's entries in the resume's order with a switch each, and the
 * order and switches reach the resume API as the design's {@code order} and {@code hiddenEntries}.
 */
class ResumeArrangementTest extends WebAppTestBase {

    static final String YANDEX = ResumeFixtures.JOB;
    static final String SBER = "3a000000-0000-4000-8000-000000000003";
    static final String OZON = "3a000000-0000-4000-8000-000000000004";

    @Test
    void listsEachPartsEntriesInTheResumesOrderWithTheProfilesLabels() {
        Browser browser = signedIn();

        String html = browser.get("/resumes/" + RESUME).body();

        // The design names Yandex first; the others follow in the profile's order.
        assertThat(html).containsSubsequence("name=\"entry-order-EXPERIENCE\" value=\"" + YANDEX + "\"",
                "name=\"entry-order-EXPERIENCE\" value=\"" + SBER + "\"",
                "name=\"entry-order-EXPERIENCE\" value=\"" + OZON + "\"");
        assertThat(html).contains("<label for=\"entry-shown-" + YANDEX + "\">Senior Java developer · Yandex</label>")
                .contains("<label for=\"entry-shown-" + SBER + "\">Java developer · Sber</label>")
                .containsPattern("id=\"entry-shown-" + OZON + "\" name=\"entry-shown-EXPERIENCE\" value=\"" + OZON
                        + "\" checked")
                .contains("aria-label=\"Move “Backend developer · Ozon” down\" aria-disabled=\"true\"")
                .contains("Entries (1)").contains("Kafka")
                .contains("<script src=\"/webjars/sortablejs/1.15.6/Sortable.min.js\" defer></script>")
                .contains("<script src=\"/js/builder-dnd.js\" defer></script>")
                .doesNotContain("style=");
    }

    @Test
    void sendsTheEntriesOrderAndTheOnesSwitchedOffWithThePreview() {
        Browser browser = signedIn();
        browser.get("/resumes/" + RESUME);

        List<String> form = ResumePagesTest.form("#1d4ed8", "entry-order-EXPERIENCE", SBER,
                "entry-order-EXPERIENCE", YANDEX, "entry-order-EXPERIENCE", "not-an-id",
                "entry-order-EXPERIENCE", OZON, "entry-shown-EXPERIENCE", SBER, "entry-shown-EXPERIENCE", OZON);
        HttpResponse<String> preview = browser.postPairs("/resumes/" + RESUME + "/preview", form);

        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode experience = experience(sentPreview());
        assertThat(strings(experience.path("order"))).containsExactly(SBER, YANDEX, OZON);
        assertThat(strings(experience.path("hiddenEntries"))).containsExactly(YANDEX);
    }

    @Test
    void keepsTheStoredEntryOrderWhenTheFormDoesNotListEntries() {
        Browser browser = signedIn();
        browser.get("/resumes/" + RESUME);

        browser.postPairs("/resumes/" + RESUME + "/preview", ResumePagesTest.form("#1d4ed8"));

        assertThat(strings(experience(sentPreview()).path("order"))).containsExactly(YANDEX);
    }

    @Test
    void movesAnEntryDownByItsButtonWithoutSaving() {
        Browser browser = signedIn();
        browser.get("/resumes/" + RESUME);

        List<String> form = ResumePagesTest.form("#1d4ed8", "entry-order-EXPERIENCE", YANDEX,
                "entry-order-EXPERIENCE", OZON, "entry-order-EXPERIENCE", SBER,
                "entry-shown-EXPERIENCE", YANDEX, "entry-shown-EXPERIENCE", OZON, "entry-shown-EXPERIENCE", SBER,
                "move", "entry:EXPERIENCE:" + YANDEX + ":down");
        HttpResponse<String> moved = browser.postPairs("/resumes/" + RESUME + "/arrange", form);

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).containsSubsequence("value=\"" + OZON + "\"", "value=\"" + YANDEX + "\"",
                "value=\"" + SBER + "\"").contains("Order changed. Save to keep it.")
                // The part whose entry moved stays open, so the focus can stay on the button pressed.
                .contains("<details class=\"entries\" open>");
        assertThat(strings(experience(sentPreview()).path("order"))).containsExactly(OZON, YANDEX, SBER);
    }

    private static JsonNode sentPreview() {
        List<LoggedRequest> sent = api.server.findAll(postRequestedFor(urlEqualTo("/api/v1/resumes/preview?format=png")));
        assertThat(sent).isNotEmpty();
        return JsonMapper.builder().build().readTree(sent.getLast().getBodyAsString());
    }

    private static JsonNode experience(JsonNode design) {
        for (JsonNode section : design.path("sections")) {
            if ("EXPERIENCE".equals(section.path("part").asString(""))) {
                return section;
            }
        }
        throw new AssertionError("no EXPERIENCE section in " + design);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(item -> list.add(item.asString()));
        return list;
    }

    static void stubProfile(FakeApi api) {
        api.server.stubFor(get("/api/v1/profile").willReturn(okJson("""
                {"personal": {"firstName": {"en": "Vera"}},
                 "experience": [
                  {"id": "%s", "position": {"en": "Java developer"}, "employer": {"en": "Sber", "ru": "Сбер"}},
                  {"id": "%s", "position": {"en": "Senior Java developer"}, "employer": {"en": "Yandex"}},
                  {"id": "%s", "position": {"en": "Backend developer"}, "employer": {"en": "Ozon"}}],
                 "skills": [{"id": "5b000000-0000-4000-8000-000000000001", "name": "Kafka"}],
                 "education": [{"institution": {"en": "No id, so not listed"}}]}""".formatted(SBER, YANDEX, OZON))
                .withHeader("ETag", "\"v7\"")));
    }

    private Browser signedIn() {
        api.veraSignsIn(900);
        ResumePagesTest.stubResume(api);
        stubProfile(api);
        api.server.stubFor(post("/api/v1/resumes/preview?format=png").willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(ResumeFixtures.PNG)));
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return browser;
    }
}
