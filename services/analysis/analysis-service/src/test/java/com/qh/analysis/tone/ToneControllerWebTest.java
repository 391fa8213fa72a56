package com.qh.analysis.tone;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhWebMvcTest;
import com.qh.test.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tone API's web layer: what it refuses and how, and the answer's shape. The analyser behind it is the real
 * one (plain, fast, no outside system), so nothing is mocked.
 */
@QhWebMvcTest(ToneController.class)
@Import(ToneConfiguration.class)
class ToneControllerWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = TestUsers.user(UUID.randomUUID());

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersFindingsWithOffsetsIntoTheTextAndDetectsRussian() {
        String text = "Участвовал в разработке мобильного приложения. Коммуникабельный, стрессоустойчивый.";
        MvcTestResult reply = post(JSON.writeValueAsString(Map.of("text", text)));

        assertThat(reply).hasStatus(200);
        JsonNode body = json(reply);
        assertThat(body.path("language").asString()).isEqualTo("ru");
        assertThat(body.path("languageDetected").asBoolean()).isTrue();
        assertThat(body.path("kind").asString()).isEqualTo("RESUME");
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : body.path("findings")) {
            int start = finding.path("start").asInt();
            int end = finding.path("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(finding.path("text").asString());
            assertThat(finding.path("suggestion").asString()).contains("«" + finding.path("text").asString() + "»");
            findings.add(finding.path("type").asString() + ":" + finding.path("text").asString());
        }
        assertThat(findings).containsExactly("WEAK_VERB:Участвовал", "CLICHE:Коммуникабельный",
                "CLICHE:стрессоустойчивый");
        assertThat(body.path("sentiment").path("label").asString()).isEqualTo("POSITIVE");
        assertThat(body.path("readability").path("formula").asString()).contains("Oborneva");
    }

    @Test
    void leavesTheFirstPersonAloneInALetter() {
        String body = "{\"text\": \"I am thrilled to apply for the Data Engineer role.\", \"kind\": \"LETTER\"}";
        MvcTestResult reply = post(body);

        assertThat(reply).hasStatus(200);
        assertThat(json(reply).path("findings").isEmpty()).isTrue();
        assertThat(json(reply).path("sentiment").path("label").asString()).isEqualTo("POSITIVE");
    }

    @Test
    void answersAMissingOrBlankTextWithAFieldError() {
        for (String body : List.of("{}", "{\"text\": \"   \"}")) {
            MvcTestResult reply = post(body);
            assertThat(reply).hasStatus(400);
            assertThat(errorFields(reply)).contains("text");
        }
    }

    @Test
    void answersALanguageOrKindItDoesNotKnowWithAFieldError() {
        MvcTestResult reply = post("{\"text\": \"Helped with testing.\", \"language\": \"de\", \"kind\": \"poem\"}");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).contains("language", "kind");
    }

    @Test
    void answersATextOverTwentyThousandCharactersAsUnprocessable() {
        String text = "Helped with testing. ".repeat(1000);
        MvcTestResult reply = post(JSON.writeValueAsString(Map.of("text", text)));

        assertThat(reply).hasStatus(422);
        assertThat(json(reply).path("type").asString()).endsWith("/text-too-long");
        assertThat(errorFields(reply)).containsExactly("text");
    }

    @Test
    void answersATextWithoutWordsAsUnprocessable() {
        MvcTestResult reply = post("{\"text\": \"12 345 — 67%\"}");

        assertThat(reply).hasStatus(422);
        assertThat(json(reply).path("type").asString()).endsWith("/no-words");
    }

    @Test
    void answersMalformedJsonAsABadRequest() {
        MvcTestResult reply = post("{\"text\": ");

        assertThat(reply).hasStatus(400);
        assertThat(json(reply).path("type").asString()).startsWith("https://qh.dev/problems/");
    }

    @Test
    void refusesAnAnonymousCaller() {
        MvcTestResult reply = mvc.post().uri("/api/v1/analysis/tone").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Helped with testing.\"}").exchange();

        assertThat(reply).hasStatus(401);
    }

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/analysis/tone").header(HttpHeaders.AUTHORIZATION, "Bearer " + USER)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static JsonNode json(MvcTestResult reply) {
        return JSON.readTree(reply.getResponse().getContentAsByteArray());
    }

    private static List<String> errorFields(MvcTestResult reply) {
        List<String> fields = new ArrayList<>();
        json(reply).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
