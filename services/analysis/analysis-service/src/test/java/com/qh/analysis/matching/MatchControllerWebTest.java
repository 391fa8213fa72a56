package com.qh.analysis.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.UnprocessableException;
import com.qh.test.QhWebMvcTest;
import com.qh.test.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The match API's web layer alone: what it refuses before any matching runs, and how the feature's refusals reach
 * the caller as problem documents. {@code MatchAndRecommendationServiceTest} runs the real feature.
 */
@QhWebMvcTest(MatchController.class)
class MatchControllerWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = TestUsers.user(UUID.randomUUID());

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Matches matches;

    @Test
    void answersAMatchWithoutVacancyIdWithAFieldError() {
        MvcTestResult reply = post("{\"documentId\": null}");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).contains("vacancyId");
        verifyNoInteractions(matches);
    }

    @Test
    void answersALanguageOtherThanEnglishOrRussianWithAFieldError() {
        MvcTestResult reply = post("{\"vacancyId\": \"" + UUID.randomUUID() + "\", \"language\": \"de\"}");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).contains("language");
        verifyNoInteractions(matches);
    }

    @Test
    void answersAMalformedVacancyIdAsABadRequest() {
        MvcTestResult reply = post("{\"vacancyId\": \"not-a-uuid\"}");

        assertThat(reply).hasStatus(400);
        assertThat(problem(reply).path("type").asString()).startsWith("https://qh.dev/problems/");
        verifyNoInteractions(matches);
    }

    @Test
    void answersMalformedJsonAsABadRequest() {
        assertThat(post("{\"vacancyId\": ")).hasStatus(400);
        verifyNoInteractions(matches);
    }

    @Test
    void passesAnUnknownVacancyOnAsNotFound() {
        given(matches.match(any(), any(), any())).willThrow(new NotFoundException("You have no vacancy x."));

        MvcTestResult reply = post("{\"vacancyId\": \"" + UUID.randomUUID() + "\"}");

        assertThat(reply).hasStatus(404);
        assertThat(problem(reply).path("type").asString()).endsWith("/not-found");
    }

    @Test
    void passesAMissingProfileOnAsUnprocessable() {
        given(matches.match(any(), any(), any())).willThrow(new UnprocessableException("no-profile", "No profile."));

        MvcTestResult reply = post("{\"vacancyId\": \"" + UUID.randomUUID() + "\"}");

        assertThat(reply).hasStatus(422);
        assertThat(problem(reply).path("type").asString()).endsWith("/no-profile");
    }

    @Test
    void refusesAHistoryLimitOutOfRangeAndAMalformedVacancyId() {
        assertThat(mvc.get().uri("/api/v1/analysis/matches?limit=0").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + USER)).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/analysis/matches?vacancyId=x").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + USER)).hasStatus(400);
        verifyNoInteractions(matches);
    }

    @Test
    void refusesAnAnonymousCaller() {
        MvcTestResult reply = mvc.post().uri("/api/v1/analysis/match").contentType(MediaType.APPLICATION_JSON)
                .content("{\"vacancyId\": \"" + UUID.randomUUID() + "\"}").exchange();

        assertThat(reply).hasStatus(401);
        verifyNoInteractions(matches);
    }

    @Test
    void readsTheLanguageFromAcceptLanguageWhenTheRequestNamesNone() {
        assertThat(MatchController.language(null, "de-DE,ru;q=0.8,en;q=0.5")).isEqualTo("ru");
        assertThat(MatchController.language(null, "en-US")).isEqualTo("en");
        assertThat(MatchController.language("ru", "en-US")).isEqualTo("ru");
        assertThat(MatchController.language(null, "de")).isNull();
        assertThat(MatchController.language(null, ";;;q=x")).isNull();
    }

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/analysis/match").header(HttpHeaders.AUTHORIZATION, "Bearer " + USER)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static JsonNode problem(MvcTestResult reply) {
        return JSON.readTree(reply.getResponse().getContentAsByteArray());
    }

    private static List<String> errorFields(MvcTestResult reply) {
        List<String> fields = new ArrayList<>();
        problem(reply).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
