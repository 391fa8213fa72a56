package com.qh.vacancy.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import com.qh.platform.web.ConflictException;
import com.qh.platform.web.NotFoundException;
import com.qh.test.QhWebMvcTest;
import com.qh.test.TestUsers;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.importing.Importer;
import java.nio.charset.StandardCharsets;
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
 * The vacancy API's web layer alone: what it refuses before any feature code runs, and how the feature's errors
 * reach the caller as problem documents. The features behind it are stand-ins; {@code VacancyServiceTest} runs the
 * real ones.
 */
@QhWebMvcTest(VacancyController.class)
class VacancyControllerWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = TestUsers.user(UUID.randomUUID());

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Vacancies vacancies;

    @MockitoBean
    Importer importer;

    @MockitoBean
    Extraction extraction;

    @Test
    void answersAVacancyWithoutTitleAndWithAnInvertedSalaryWithFieldErrors() {
        MvcTestResult reply = post("/api/v1/vacancies", """
                {"company": "Acme", "salary": {"from": 5, "to": 1, "currency": "RUB"}, "experience": {"min": 60}}""");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).contains("title", "salary.range", "experience.min");
        verifyNoInteractions(vacancies);
    }

    @Test
    void answersACurrencyNoOneKnowsAsUnprocessableNamingTheField() {
        MvcTestResult reply = post("/api/v1/vacancies", """
                {"title": "X", "salary": {"from": 5, "currency": "XYZ"}}""");

        assertThat(reply).hasStatus(422);
        assertThat(errorFields(reply)).contains("salary.currency");
        verifyNoInteractions(vacancies);
    }

    @Test
    void refusesAnImportOfALinkAndATextAtOnce() {
        MvcTestResult reply = post("/api/v1/vacancies/import", """
                {"url": "https://hh.ru/vacancy/1", "text": "Java developer"}""");

        assertThat(reply).hasStatus(400);
        assertThat(errorFields(reply)).contains("oneSource");
        verifyNoInteractions(importer, vacancies);
    }

    @Test
    void refusesATrackerStatusThatDoesNotExist() {
        MvcTestResult reply = post("/api/v1/vacancies/" + UUID.randomUUID() + "/tracker", """
                {"status": "HIRED"}""");

        assertThat(reply).hasStatus(400);
        assertThat(body(reply).path("detail").asString()).isNotBlank();
        verifyNoInteractions(vacancies);
    }

    @Test
    void answersMalformedJsonWithADetail() {
        MvcTestResult reply = post("/api/v1/vacancies", "{not json");

        assertThat(reply).hasStatus(400);
        assertThat(body(reply).path("detail").asString()).isNotBlank();
    }

    @Test
    void refusesPagesLargerThanAHundred() {
        MvcTestResult reply = mvc.get().uri("/api/v1/vacancies?size=101").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + USER).exchange();

        assertThat(reply).hasStatus(400);
        verifyNoInteractions(vacancies);
    }

    @Test
    void answersAVacancyTheUserDoesNotHaveWithNotFound() {
        given(vacancies.read(any(), any())).willThrow(new NotFoundException("You have no vacancy with this id."));

        MvcTestResult reply = mvc.get().uri("/api/v1/vacancies/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + USER).exchange();

        assertThat(reply).hasStatus(404);
        assertThat(reply.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(reply).path("detail").asString()).isEqualTo("You have no vacancy with this id.");
    }

    @Test
    void answersAStepTheTrackerCannotTakeWithConflict() {
        given(vacancies.track(any(), any(), any())).willThrow(new ConflictException("invalid-status-change",
                "An application at INTERVIEW cannot go back to SAVED."));

        MvcTestResult reply = post("/api/v1/vacancies/" + UUID.randomUUID() + "/tracker", """
                {"status": "SAVED"}""");

        assertThat(reply).hasStatus(409);
        assertThat(body(reply).path("type").asString()).endsWith("/invalid-status-change");
    }

    @Test
    void answersACallerWithoutATokenWithUnauthorized() {
        MvcTestResult reply = mvc.get().uri("/api/v1/vacancies").exchange();

        assertThat(reply).hasStatus(401);
        verifyNoInteractions(vacancies);
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + USER)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static JsonNode body(MvcTestResult reply) {
        return JSON.readTree(reply.getResponse().getContentAsByteArray());
    }

    private static List<String> errorFields(MvcTestResult reply) {
        return body(reply).path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }
}
