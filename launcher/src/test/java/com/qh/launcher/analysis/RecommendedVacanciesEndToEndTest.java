package com.qh.launcher.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's "which vacancies fit me" through the gateway of the default run: an administrator imports a small market
 * (hh-style CSV), the vacancy service announces it, the analysis service reads its market index again, and a Java
 * developer's recommendations then rank the imported vacancies with their saved one, each with its score and the
 * first skill it misses.
 *
 * <p>The gateway lets a user {@code GET} under {@code /api/v1/analysis/} 6 times a minute; the wait polls every
 * 2 s and takes a 429 as "not yet".
 */
@ExtendWith(RunningPlatform.class)
class RecommendedVacanciesEndToEndTest {

    static final String RECOMMENDED = "/api/v1/analysis/recommended-vacancies?limit=50";

    /** Employers no other test's market uses, so these rows are told apart from whatever else the store holds. */
    static final String MARKET = """
            id,name,employer,city,key_skills
            9250001,Java Backend Developer,Fabrikam Payments E2E,Москва,Java;Spring Boot;PostgreSQL;Kubernetes
            9250002,Senior Java Engineer,Contoso Banking E2E,Москва,Java;Spring Boot;PostgreSQL
            9250003,Frontend Developer,Litware Studio E2E,Москва,JavaScript;TypeScript;React;CSS
            """;

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void ranksSavedAndImportedMarketVacanciesForTheProfile() {
        User seeker = Seekers.javaDeveloper(platform);
        String savedId = Seekers.saveJavaVacancy(platform, seeker);

        Answer imported = platform.send(platform.upload("/api/v1/market/import", "market-e2e.csv", "text/csv",
                MARKET.getBytes(StandardCharsets.UTF_8), platform.signInAsAdmin().accessToken()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("read").asInt()).isEqualTo(3);

        JsonNode vacancies = await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(1))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> platform.send(platform.request("GET", RECOMMENDED, seeker.accessToken())),
                        answer -> answer.status() == 200 && byEmployer(answer.json().path("vacancies"),
                                "Contoso Banking E2E").isPresent())
                .json().path("vacancies");

        List<Integer> scores = vacancies.valueStream().map(v -> v.path("score").asInt()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        JsonNode saved = vacancies.valueStream().filter(v -> v.path("vacancyId").asString().equals(savedId))
                .findFirst().orElseThrow(() -> new AssertionError("the saved vacancy is not ranked: " + vacancies));
        assertThat(saved.path("origin").asString()).isEqualTo("SAVED");
        assertThat(saved.path("topMissingSkill").asString()).isEqualTo("Kubernetes");
        JsonNode contoso = byEmployer(vacancies, "Contoso Banking E2E").orElseThrow();
        JsonNode fabrikam = byEmployer(vacancies, "Fabrikam Payments E2E").orElseThrow(
                () -> new AssertionError("the Kubernetes vacancy is not ranked: " + vacancies));
        assertThat(contoso.path("origin").asString()).isEqualTo("MARKET");
        assertThat(contoso.path("title").asString()).isEqualTo("Senior Java Engineer");
        assertThat(contoso.path("city").asString()).isEqualTo("Москва");
        assertThat(contoso.path("topMissingSkill").isNull() || contoso.path("topMissingSkill").isMissingNode())
                .as(contoso.toString()).isTrue();
        assertThat(fabrikam.path("topMissingSkill").asString()).isEqualTo("Kubernetes");
        assertThat(contoso.path("score").asInt()).isGreaterThan(fabrikam.path("score").asInt());
        byEmployer(vacancies, "Litware Studio E2E").ifPresent(frontend -> assertThat(frontend.path("score").asInt())
                .isLessThan(fabrikam.path("score").asInt()));
    }

    private static Optional<JsonNode> byEmployer(JsonNode vacancies, String employer) {
        return vacancies.valueStream().filter(v -> v.path("employer").asString().equals(employer)).findFirst();
    }
}
